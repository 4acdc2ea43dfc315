using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuangshigangDisclosure.Data.Configurations;

internal sealed class DisclosureDomainConfiguration : IEntityTypeConfiguration<DisclosureDomain>
{
    public void Configure(EntityTypeBuilder<DisclosureDomain> domain)
    {
        domain.Property(d => d.Code).HasMaxLength(10);
        domain.Property(d => d.Name).HasMaxLength(100);
        domain.HasIndex(d => d.Code).IsUnique();
        domain.HasIndex(d => d.Name).IsUnique();
    }
}

internal sealed class DirectoryEntryConfiguration : IEntityTypeConfiguration<DirectoryEntry>
{
    public void Configure(EntityTypeBuilder<DirectoryEntry> entry)
    {
        entry.Property(e => e.Code).HasMaxLength(50);
        entry.Property(e => e.Level1).HasMaxLength(200);
        entry.Property(e => e.Level2).HasMaxLength(200);
        entry.Property(e => e.Content).HasMaxLength(4000);
        entry.Property(e => e.LegalBasis).HasMaxLength(4000);
        entry.Property(e => e.TimeLimitText).HasMaxLength(500);
        entry.Property(e => e.Publisher).HasMaxLength(500);
        entry.Property(e => e.Channels).HasMaxLength(500);
        entry.Property(e => e.Audience).HasMaxLength(50);
        entry.Property(e => e.Mode).HasMaxLength(50);
        entry.Property(e => e.Level).HasMaxLength(50);
        entry.Property(e => e.Cycle).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.Version).IsConcurrencyToken();
        entry.HasIndex(e => e.Code).IsUnique();
        entry.HasOne(e => e.Domain).WithMany(d => d.Entries).HasForeignKey(e => e.DomainId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectoryEntryUnitConfiguration : IEntityTypeConfiguration<DirectoryEntryUnit>
{
    public void Configure(EntityTypeBuilder<DirectoryEntryUnit> link)
    {
        link.HasKey(l => new { l.DirectoryEntryId, l.UnitId });
        link.HasOne(l => l.DirectoryEntry).WithMany(e => e.ResponsibleUnits).HasForeignKey(l => l.DirectoryEntryId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<Unit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(l => l.UnitId);
    }
}
