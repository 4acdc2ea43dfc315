using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Reminders;
using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuangshigangDisclosure.Data.Configurations;

internal sealed class InterpretationConfiguration : IEntityTypeConfiguration<Interpretation>
{
    public void Configure(EntityTypeBuilder<Interpretation> interpretation)
    {
        interpretation.Property(i => i.Title).HasMaxLength(300);
        interpretation.Property(i => i.Url).HasMaxLength(1000);
        interpretation.Property(i => i.Form).HasConversion<string>().HasMaxLength(30);
        interpretation.Property(i => i.RecordedBy).HasMaxLength(256);
        interpretation.Property(i => i.Version).IsConcurrencyToken();
        interpretation.Ignore(i => i.IsDiversified);
        interpretation.HasOne(i => i.Policy).WithMany().HasForeignKey(i => i.PolicyId).OnDelete(DeleteBehavior.Restrict);
        interpretation.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        interpretation.HasIndex(i => i.PolicyId);
        interpretation.HasIndex(i => new { i.UnitId, i.PublishedOn });
    }
}

internal sealed class NewMediaAccountConfiguration : IEntityTypeConfiguration<NewMediaAccount>
{
    public void Configure(EntityTypeBuilder<NewMediaAccount> account)
    {
        account.Property(a => a.Name).HasMaxLength(100);
        account.Property(a => a.Platform).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.Version).IsConcurrencyToken();
        account.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        account.HasIndex(a => new { a.UnitId, a.Platform, a.Name }).IsUnique();
    }
}

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> filing)
    {
        filing.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        filing.Property(f => f.Note).HasMaxLength(500);
        filing.HasOne(f => f.Account).WithMany(a => a.Filings).HasForeignKey(f => f.AccountId).OnDelete(DeleteBehavior.Cascade);
        filing.HasIndex(f => new { f.AccountId, f.FiledOn });
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> reminder)
    {
        reminder.Property(r => r.Text).HasMaxLength(2000);
        reminder.Property(r => r.SentBy).HasMaxLength(256);
        reminder.HasIndex(r => r.SentOn);
    }
}

internal sealed class ReminderRecipientConfiguration : IEntityTypeConfiguration<ReminderRecipient>
{
    public void Configure(EntityTypeBuilder<ReminderRecipient> recipient)
    {
        recipient.HasKey(r => new { r.ReminderId, r.UnitId });
        recipient.Property(r => r.AcknowledgedBy).HasMaxLength(256);
        recipient.HasOne(r => r.Reminder).WithMany(r => r.Recipients).HasForeignKey(r => r.ReminderId).OnDelete(DeleteBehavior.Cascade);
        recipient.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        recipient.HasIndex(r => r.UnitId);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> session)
    {
        session.Property(s => s.Topic).HasMaxLength(200);
        session.Property(s => s.Location).HasMaxLength(200);
        session.HasIndex(s => s.HeldOn);
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> attendance)
    {
        attendance.Property(a => a.PersonName).HasMaxLength(50);
        attendance.HasOne(a => a.Session).WithMany(s => s.Attendees).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        attendance.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        attendance.HasOne<UnitPerson>().WithMany().HasForeignKey(a => a.UnitPersonId).OnDelete(DeleteBehavior.Restrict);
        attendance.HasIndex(a => a.UnitId);
    }
}

internal sealed class HolidayNoticeConfiguration : IEntityTypeConfiguration<HolidayNotice>
{
    public void Configure(EntityTypeBuilder<HolidayNotice> notice)
    {
        notice.HasKey(n => n.Year);
        notice.Property(n => n.Year).ValueGeneratedNever();
        notice.Property(n => n.Holidays).HasMaxLength(HolidayNotice.HolidaysMaxLength);
        notice.Property(n => n.MakeUpWorkdays).HasMaxLength(HolidayNotice.MakeUpWorkdaysMaxLength);
        notice.Property(n => n.Source).HasMaxLength(HolidayNotice.SourceMaxLength);
        notice.Property(n => n.Version).IsConcurrencyToken();
    }
}
