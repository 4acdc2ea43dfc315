using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Calendar;
using HuangshigangDisclosure.Web.Interpretations;
using HuangshigangDisclosure.Web.Pages.Publications;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PublicationsIndex = HuangshigangDisclosure.Web.Pages.Publications.IndexModel;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>
/// 政策解读列表: filters are GET parameters, sorting and paging happen in the database. Each row says
/// how many working days after its policy it came and whether that was in time. A liaison sees their
/// own unit only, whatever <c>unit</c> says.
/// </summary>
public class IndexModel(AppDbContext db, CurrentUser me, PortalCalendar portalCalendar, IOptions<InterpretationOptions> options, IStringLocalizer<Strings> localizer) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    /// <summary>A calendar quarter of the interpretation's publication date, e.g. 2022Q3.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    [BindProperty(SupportsGet = true)]
    public InterpretationForm? Form { get; set; }

    /// <summary>"yes" (within the configured working days of the policy) or "no".</summary>
    [BindProperty(SupportsGet = true)]
    public string? OnTime { get; set; }

    /// <summary>"yes" (any form but plain text) or "no".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Diversified { get; set; }

    /// <summary>Words that must all appear in the interpretation's or the policy's title.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"date" (the interpretation's, default), "title", "policy" (the policy's date), "unit" or "recorded".</summary>
    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "date";

    [BindProperty(SupportsGet = true)]
    public string Dir { get; set; } = "desc";

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<InterpretationRow> Rows { get; private set; } = [];

    public IReadOnlyList<PublicationsIndex.UnitOption> Units { get; private set; } = [];

    public IReadOnlyList<string> FilterProblems { get; private set; } = [];

    public bool IsLiaison => me.ScopeUnitId is not null;

    public bool MayRecord => me.IsAdmin || (me.UnitId is { } own && me.CanWrite(own));

    public int OnTimeWorkingDays => options.Value.OnTimeWorkingDays;

    public async Task OnGetAsync()
    {
        var problems = new List<string>();
        var query = db.Interpretations.AsNoTracking();
        // Unit scope first and always: a liaison's own unit replaces any unit asked for.
        if (me.ScopeUnitId is { } own)
        {
            Unit = own;
        }

        if (Unit is { } unit)
        {
            query = query.Where(i => i.UnitId == unit);
        }

        if (!string.IsNullOrWhiteSpace(Quarter))
        {
            if (PublicationListQuery.TryParseQuarter(Quarter, out var from, out var to))
            {
                query = query.Where(i => i.PublishedOn >= from && i.PublishedOn <= to);
            }
            else
            {
                problems.Add(localizer[nameof(Strings.Publications_QuarterInvalid), Quarter.Trim()]);
            }
        }

        if (Form is { } form)
        {
            query = query.Where(i => i.Form == form);
        }

        query = Diversified switch
        {
            "yes" => query.Where(i => i.Form != InterpretationForm.Text),
            "no" => query.Where(i => i.Form == InterpretationForm.Text),
            _ => query,
        };

        foreach (var word in (Q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            query = query.Where(i => i.Title.Contains(word) || i.Policy!.Title.Contains(word));
        }

        var calendar = await portalCalendar.GetAsync(HttpContext.RequestAborted);
        if (OnTime is "yes" or "no")
        {
            // Timeliness follows the working-day calendar, which the database does not know: the
            // matching ids are found here (two dates a row), then the database sorts and pages them.
            var wanted = OnTime == "yes";
            var spans = await query.Select(i => new { i.Id, PolicyOn = i.Policy!.PublishedOn, i.PublishedOn }).ToListAsync();
            var ids = spans
                .Where(s => InterpretationTiming.IsOnTime(InterpretationTiming.LagWorkingDays(calendar, s.PolicyOn, s.PublishedOn), OnTimeWorkingDays) == wanted)
                .Select(s => s.Id)
                .ToList();
            query = query.Where(i => ids.Contains(i.Id));
        }

        FilterProblems = problems;
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var rows = await Sorted(query)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new
            {
                i.Id,
                UnitName = db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).First(),
                i.Title,
                i.Form,
                i.PublishedOn,
                i.Url,
                i.PolicyId,
                PolicyTitle = i.Policy!.Title,
                PolicyPublishedOn = i.Policy.PublishedOn,
                i.RecordedBy,
                i.RecordedAtUtc,
            })
            .ToListAsync();
        Rows = rows.Select(r =>
            {
                var lag = InterpretationTiming.LagWorkingDays(calendar, r.PolicyPublishedOn, r.PublishedOn);
                return new InterpretationRow(
                    r.Id, r.UnitName, r.Title, r.Form, r.PublishedOn, r.Url, r.PolicyId, r.PolicyTitle, r.PolicyPublishedOn, r.RecordedBy, r.RecordedAtUtc,
                    new WorkingDaysLink(r.PolicyPublishedOn, r.PublishedOn < r.PolicyPublishedOn ? r.PolicyPublishedOn : r.PublishedOn, lag),
                    InterpretationTiming.IsOnTime(lag, OnTimeWorkingDays));
            })
            .ToList();

        var scope = me.ScopeUnitId;
        Units = await db.Units.AsNoTracking()
            .Where(u => scope == null || u.Id == scope)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new PublicationsIndex.UnitOption(u.Id, u.Name, u.IsActive))
            .ToListAsync();
    }

    public bool IsSortedBy(string column) => string.Equals(Sort, column, StringComparison.Ordinal);

    public bool Ascending => string.Equals(Dir, "asc", StringComparison.Ordinal);

    private IQueryable<Interpretation> Sorted(IQueryable<Interpretation> query)
    {
        var ascending = Ascending;
        var sorted = Sort switch
        {
            "title" => ascending ? query.OrderBy(i => i.Title) : query.OrderByDescending(i => i.Title),
            "policy" => ascending ? query.OrderBy(i => i.Policy!.PublishedOn) : query.OrderByDescending(i => i.Policy!.PublishedOn),
            "unit" => ascending
                ? query.OrderBy(i => db.Units.Where(u => u.Id == i.UnitId).Select(u => u.SortOrder).First())
                : query.OrderByDescending(i => db.Units.Where(u => u.Id == i.UnitId).Select(u => u.SortOrder).First()),
            "recorded" => ascending ? query.OrderBy(i => i.RecordedAtUtc) : query.OrderByDescending(i => i.RecordedAtUtc),
            _ => ascending ? query.OrderBy(i => i.PublishedOn) : query.OrderByDescending(i => i.PublishedOn),
        };
        // Ties are broken the same way every time, so a row never shows on two pages.
        return sorted.ThenByDescending(i => i.PublishedOn).ThenByDescending(i => i.Id);
    }

    public sealed record InterpretationRow(
        long Id,
        string UnitName,
        string Title,
        InterpretationForm Form,
        DateOnly PublishedOn,
        string? Url,
        long PolicyId,
        string PolicyTitle,
        DateOnly PolicyPublishedOn,
        string RecordedBy,
        DateTime RecordedAtUtc,
        WorkingDaysLink Lag,
        bool OnTime)
    {
        public bool IsDiversified => Form != InterpretationForm.Text;
    }
}
