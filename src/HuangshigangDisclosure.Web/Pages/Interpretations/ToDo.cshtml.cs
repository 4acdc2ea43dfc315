using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Calendar;
using HuangshigangDisclosure.Web.Interpretations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicationsIndex = HuangshigangDisclosure.Web.Pages.Publications.IndexModel;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>
/// 待解读政策: published policies flagged "needs interpretation" that still have none, the longest
/// waiting first, with the working days waited so far. A liaison sees their own unit's; Admins and
/// Leaders every unit's, filterable by unit.
/// </summary>
public class ToDoModel(AppDbContext db, CurrentUser me, InterpretationQueries queries, PortalCalendar portalCalendar, IOptions<InterpretationOptions> options, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<PendingRow> Rows { get; private set; } = [];

    public IReadOnlyList<PublicationsIndex.UnitOption> Units { get; private set; } = [];

    public bool IsLiaison => me.ScopeUnitId is not null;

    public int OnTimeWorkingDays => options.Value.OnTimeWorkingDays;

    public async Task OnGetAsync()
    {
        if (me.ScopeUnitId is { } own)
        {
            Unit = own;
        }

        var pending = queries.PendingPolicies(Unit);
        Total = await pending.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var policies = await pending
            .OrderBy(p => p.PublishedOn).ThenBy(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.UnitId, UnitName = p.Unit!.Name, p.Title, p.PublishedOn })
            .ToListAsync();
        var calendar = await portalCalendar.GetAsync(HttpContext.RequestAborted);
        var today = ChinaTime.Today(clock);
        Rows = policies.Select(p =>
            {
                var waited = Math.Max(0, calendar.WorkingDaysBetween(p.PublishedOn, today));
                return new PendingRow(p.Id, p.UnitName, p.Title, p.PublishedOn, new WorkingDaysLink(p.PublishedOn, today, waited), waited > OnTimeWorkingDays, me.CanWrite(p.UnitId));
            })
            .ToList();

        var scope = me.ScopeUnitId;
        Units = await db.Units.AsNoTracking()
            .Where(u => scope == null || u.Id == scope)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new PublicationsIndex.UnitOption(u.Id, u.Name, u.IsActive))
            .ToListAsync();
    }

    /// <param name="Overdue">Waited longer than an on-time interpretation may.</param>
    /// <param name="MayRecord">The user may record the interpretation (not a Leader, not another unit's liaison).</param>
    public sealed record PendingRow(long PolicyId, string UnitName, string Title, DateOnly PublishedOn, WorkingDaysLink Waiting, bool Overdue, bool MayRecord);
}
