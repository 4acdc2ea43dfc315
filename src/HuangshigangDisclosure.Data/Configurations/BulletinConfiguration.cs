using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuangshigangDisclosure.Data.Configurations;

internal sealed class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> bulletin)
    {
        // "2022Q3": sorts as text in quarter order and reads in any provider's console.
        bulletin.Property(b => b.Quarter).HasConversion(q => q.ToString(), s => Quarter.Parse(s)).HasMaxLength(7);
        bulletin.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        bulletin.Property(b => b.CorrectionReason).HasMaxLength(500);
        bulletin.Property(b => b.IssuedBy).HasMaxLength(256);
        bulletin.Property(b => b.CreatedBy).HasMaxLength(256);
        bulletin.Property(b => b.Version).IsConcurrencyToken();
        bulletin.Property(b => b.Office).HasMaxLength(100);
        bulletin.Property(b => b.Title).HasMaxLength(200);
        bulletin.Property(b => b.Addressees).HasMaxLength(500);
        bulletin.Ignore(b => b.Text);
        bulletin.Ignore(b => b.IsIssued);
        bulletin.Ignore(b => b.NumberLabel);
        bulletin.HasOne(b => b.Corrects).WithMany().HasForeignKey(b => b.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        bulletin.HasIndex(b => new { b.Quarter, b.Revision });
        bulletin.HasIndex(b => b.CorrectsId);
    }
}

internal sealed class BulletinMentionConfiguration : IEntityTypeConfiguration<BulletinMention>
{
    public void Configure(EntityTypeBuilder<BulletinMention> mention)
    {
        mention.HasKey(m => new { m.BulletinId, m.UnitId });
        mention.HasOne<Bulletin>().WithMany(b => b.Mentions).HasForeignKey(m => m.BulletinId).OnDelete(DeleteBehavior.Cascade);
        mention.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        mention.HasIndex(m => m.UnitId);
    }
}
