using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Reminders;
using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Core.Units;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Data;

/// <summary>The one context of the portal: Identity, data-protection keys and the domain.</summary>
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitPerson> UnitPeople => Set<UnitPerson>();

    public DbSet<Handover> Handovers => Set<Handover>();

    public DbSet<DisclosureDomain> DisclosureDomains => Set<DisclosureDomain>();

    public DbSet<DirectoryEntry> DirectoryEntries => Set<DirectoryEntry>();

    public DbSet<DirectoryEntryUnit> DirectoryEntryUnits => Set<DirectoryEntryUnit>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Interpretation> Interpretations => Set<Interpretation>();

    public DbSet<NewMediaAccount> NewMediaAccounts => Set<NewMediaAccount>();

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<ReminderRecipient> ReminderRecipients => Set<ReminderRecipient>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<TrainingAttendance> TrainingAttendances => Set<TrainingAttendance>();

    public DbSet<HolidayNotice> HolidayNotices => Set<HolidayNotice>();

    public DbSet<Bulletin> Bulletins => Set<Bulletin>();

    public DbSet<BulletinMention> BulletinMentions => Set<BulletinMention>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>
    /// Every DateTime in the model is a UTC instant (its name ends in Utc). PostgreSQL's timestamptz
    /// refuses a DateTime whose Kind is not Utc, and SQLite hands back Unspecified: the converter
    /// writes UTC (a Local value is converted, an Unspecified one is taken as UTC) and reads UTC, so
    /// every provider stores and returns the same instants.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    // Pin Identity's schema so the model never depends on which services built the context
    // (the app, a test or the design-time factory): every migrations assembly stays in step.
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;
}

/// <summary>Stores and reads DateTime values as UTC (see <see cref="AppDbContext"/>).</summary>
internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
