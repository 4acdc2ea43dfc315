using HuangshigangDisclosure.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuangshigangDisclosure.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.Property(u => u.Name).HasMaxLength(100);
        unit.Property(u => u.ShortName).HasMaxLength(50);
        unit.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        unit.Property(u => u.Version).IsConcurrencyToken();
        unit.HasIndex(u => u.Name).IsUnique();
        unit.HasIndex(u => u.ShortName).IsUnique();
        unit.HasIndex(u => new { u.SortOrder, u.Name });
        unit.Ignore(u => u.IsStreetLike);
    }
}

internal sealed class UnitPersonConfiguration : IEntityTypeConfiguration<UnitPerson>
{
    public void Configure(EntityTypeBuilder<UnitPerson> person)
    {
        person.ToTable("UnitPeople");
        person.Property(p => p.Name).HasMaxLength(50);
        person.Property(p => p.Phone).HasMaxLength(30);
        person.Property(p => p.Position).HasMaxLength(100);
        person.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        person.Property(p => p.Version).IsConcurrencyToken();
        person.HasOne(p => p.Unit).WithMany(u => u.People).HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        person.HasIndex(p => new { p.UnitId, p.Role, p.EffectiveTo });
    }
}

internal sealed class HandoverConfiguration : IEntityTypeConfiguration<Handover>
{
    public void Configure(EntityTypeBuilder<Handover> handover)
    {
        handover.Property(h => h.Role).HasConversion<string>().HasMaxLength(20);
        handover.Property(h => h.Note).HasMaxLength(500);
        handover.HasOne(h => h.Unit).WithMany(u => u.Handovers).HasForeignKey(h => h.UnitId).OnDelete(DeleteBehavior.Restrict);
        handover.HasOne(h => h.From).WithMany().HasForeignKey(h => h.FromId).OnDelete(DeleteBehavior.Restrict);
        handover.HasOne(h => h.To).WithMany().HasForeignKey(h => h.ToId).OnDelete(DeleteBehavior.Restrict);
        handover.HasIndex(h => new { h.UnitId, h.HandedOverOn });
    }
}
