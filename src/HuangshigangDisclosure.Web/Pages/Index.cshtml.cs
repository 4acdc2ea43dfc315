using System.Globalization;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Interpretations;
using HuangshigangDisclosure.Web.Pages.NewMedia;
using HuangshigangDisclosure.Web.Pages.Units;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages;

/// <summary>
/// 首页. A liaison sees their unit this quarter (China today): each figure links to the records
/// behind it. Admins and Leaders see the district cards and the links to every list.
/// </summary>
public class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock, InterpretationQueries interpretations, IOptions<ScoringOptions> scoring, IOptions<NewMediaOptions> newMedia) : PageModel
{
    public int ActiveUnits { get; private set; }

    public string? OwnUnitName { get; private set; }

    /// <summary>The liaison's unit this quarter; null for Admins and Leaders.</summary>
    public UnitQuarter? OwnQuarter { get; private set; }

    public NewMediaOptions NewMediaOptions => newMedia.Value;

    public async Task OnGetAsync()
    {
        ActiveUnits = await db.Units.CountAsync(u => u.IsActive);
        if (me.UnitId is not { } unitId)
        {
            return;
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.Kind }).FirstOrDefaultAsync();
        OwnUnitName = unit?.Name;
        if (unit is not null && me.IsLiaison)
        {
            OwnQuarter = await UnitQuarterAsync(unitId, scoring.Value.QuotaFor(new UnitFacts(unitId, unit.Name, unit.Kind)));
        }
    }

    private async Task<UnitQuarter> UnitQuarterAsync(int unitId, QuotaPolicy quota)
    {
        var today = ChinaTime.Today(clock);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var quarter = Quarter.Of(today);
        var quarterStart = quarter.Start;
        var quarterEnd = quarter.End;

        // Counted = published (not withdrawn) on a counted channel (design §3); one aggregate for all three figures.
        var counted = scoring.Value.CountedChannelSet().ToList();
        var figures = await db.Publications.AsNoTracking()
            .Where(p => p.UnitId == unitId && p.Status == PublicationStatus.Published && counted.Contains(p.Channel) && p.PublishedOn <= today)
            .GroupBy(p => p.UnitId)
            .Select(g => new
            {
                Month = g.Count(p => p.PublishedOn >= monthStart),
                Quarter = g.Count(p => p.PublishedOn >= quarterStart),
                Last = g.Max(p => (DateOnly?)p.PublishedOn),
            })
            .FirstOrDefaultAsync();

        var openReminders = await db.ReminderRecipients.AsNoTracking()
            .Where(r => r.UnitId == unitId && r.AcknowledgedAtUtc == null)
            .OrderByDescending(r => r.Reminder!.SentOn).ThenByDescending(r => r.ReminderId)
            .Select(r => new OpenReminder(r.ReminderId, r.Reminder!.SentOn, r.Reminder.DueOn, r.Reminder.Text))
            .ToListAsync();

        // The to-do list's own rule, so the figure and the list it links to always agree.
        var policiesToInterpret = await interpretations.PendingPolicies(unitId).CountAsync();

        var accountFlags = (await NewMediaRow.Query(db, unitId).AsNoTracking().Select(a => a.Facts).ToListAsync())
            .Select(f => NewMediaFlags.Of(f, today, NewMediaOptions))
            .ToList();

        // Entries due by the end of the quarter: periodic entries not yet covered for their current period.
        var entries = await db.DirectoryEntries.AsNoTracking()
            .Where(e => e.IsActive && e.ResponsibleUnits.Any(l => l.UnitId == unitId))
            .Select(e => new { e.Id, e.Cycle, e.CycleDays, e.CycleWorkingDays })
            .ToListAsync();
        var lastLinked = await Directory.UnitModel.LastLinkedAsync(db, unitId);
        var entriesDue = entries.Count(e =>
            DueDates.Next(e.Cycle, e.CycleDays, e.CycleWorkingDays, lastLinked.GetValueOrDefault(e.Id)?.PublishedOn, today) is { Kind: NextDueKind.OnDate, On: { } on }
            && on <= quarterEnd);

        var (monthly, quarterly) = (quota.MonthlyMinimum ?? 0, quota.QuarterlyMinimum ?? 0);
        return new UnitQuarter(
            unitId,
            today,
            quarter,
            figures?.Month ?? 0,
            figures?.Quarter ?? 0,
            monthly,
            quarterly,
            figures?.Last,
            openReminders,
            policiesToInterpret,
            accountFlags.Count(f => f.HasFlag(NewMediaFlag.Dormant)),
            accountFlags.Count(f => f.HasFlag(NewMediaFlag.Zombie)),
            accountFlags.Count(f => f.HasFlag(NewMediaFlag.Unfiled)),
            accountFlags.Count(f => f.HasFlag(NewMediaFlag.CancelledButOperating)),
            entriesDue,
            await UnitPeopleGaps.FindAsync(db, unitId, today));
    }

    public sealed record OpenReminder(int Id, DateOnly SentOn, DateOnly? DueOn, string Text);

    /// <param name="MonthlyMinimum">0 when the unit has no quota (departments by default).</param>
    public sealed record UnitQuarter(
        int UnitId,
        DateOnly Today,
        Quarter Quarter,
        int MonthCount,
        int QuarterCount,
        int MonthlyMinimum,
        int QuarterlyMinimum,
        DateOnly? LastCountedOn,
        IReadOnlyList<OpenReminder> OpenReminders,
        int PoliciesToInterpret,
        int DormantAccounts,
        int ZombieAccounts,
        int UnfiledAccounts,
        int CancelledButOperatingAccounts,
        int DirectoryEntriesDue,
        IReadOnlyList<PeopleGap> PeopleGaps)
    {
        /// <summary>The quarter as the publications list reads it, e.g. 2022Q3.</summary>
        public string QuarterParameter => Quarter.ToString();

        /// <summary>The month as the publications list reads it, e.g. 2022-09.</summary>
        public string MonthParameter => Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        public int? DaysSinceLastCounted => LastCountedOn is { } last ? Today.DayNumber - last.DayNumber : null;

        /// <summary>The counted channel for the list's filter, when there is exactly one (the default).</summary>
        public static string? CountedChannelParameter => PublicationChannels.CountedByDefault.Count == 1 ? PublicationChannels.CountedByDefault.Single().ToString() : null;
    }
}
