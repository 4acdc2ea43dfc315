using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Core.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuangshigangDisclosure.Data.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> publication)
    {
        publication.Property(p => p.Title).HasMaxLength(Publication.TitleMaxLength);
        publication.Property(p => p.Url).HasMaxLength(Publication.UrlMaxLength);
        publication.Property(p => p.Channel).HasConversion<string>().HasMaxLength(30);
        publication.Property(p => p.Category).HasConversion<string>().HasMaxLength(30);
        publication.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        publication.Property(p => p.WithdrawalReason).HasMaxLength(500);
        publication.Property(p => p.RecordedBy).HasMaxLength(256);
        publication.Property(p => p.Version).IsConcurrencyToken();
        publication.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        publication.HasOne(p => p.DirectoryEntry).WithMany().HasForeignKey(p => p.DirectoryEntryId).OnDelete(DeleteBehavior.Restrict);
        publication.HasOne<ImportBatch>().WithMany().HasForeignKey(p => p.ImportBatchId).OnDelete(DeleteBehavior.Restrict);

        // The scoring aggregate groups a period's items by unit and date; the list filters by unit and date.
        publication.HasIndex(p => new { p.UnitId, p.PublishedOn });
        publication.HasIndex(p => p.PublishedOn);
        // A quarter's policies that need an interpretation: a few rows among many, found without reading the others.
        publication.HasIndex(p => new { p.NeedsInterpretation, p.PublishedOn });
        // Duplicate checks: same unit and URL, or same unit, title and date.
        publication.HasIndex(p => new { p.UnitId, p.Url });
        publication.HasIndex(p => new { p.UnitId, p.Title, p.PublishedOn });
        publication.HasIndex(p => p.DirectoryEntryId);
        // A quarter's directory links for scoring: only the linked rows, holding every column the query reads, so the
        // links are read from this index alone beside the one pass over all the quarter's rows (docs/performance.md).
        publication.HasIndex(p => new { p.PublishedOn, p.UnitId, p.DirectoryEntryId, p.Status, p.Channel }, "IX_Publications_Linked")
            .HasFilter("\"DirectoryEntryId\" IS NOT NULL");
    }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> batch)
    {
        batch.Property(b => b.Kind).HasMaxLength(20);
        batch.Property(b => b.FileName).HasMaxLength(260);
        batch.Property(b => b.FileHash).HasMaxLength(64);
        batch.Property(b => b.ImportedBy).HasMaxLength(256);
        batch.HasIndex(b => b.ImportedAtUtc);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.Property(t => t.Name).HasMaxLength(100);
        token.Property(t => t.UserId).HasMaxLength(450);
        token.Property(t => t.TokenHash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(16);
        token.Property(t => t.CreatedBy).HasMaxLength(256);
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        token.Ignore(t => t.IsActive);
    }
}
