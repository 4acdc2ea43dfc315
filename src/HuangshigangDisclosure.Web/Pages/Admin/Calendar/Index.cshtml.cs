using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Calendar;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Calendar;

/// <summary>节假日安排: every year the portal knows, shipped or entered by the office, with what it counts.</summary>
public class IndexModel(AppDbContext db, PortalCalendar portalCalendar, IStringLocalizer<Strings> localizer) : PageModel
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    /// <summary>The year the "add a year" field suggests: the one after the last known.</summary>
    public int NextYear { get; private set; }

    public string? YearProblem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The "add a year" field: a GET form, so it simply leads to that year's edit page.</summary>
    public async Task<IActionResult> OnGetAddAsync(int? year)
    {
        if (year is >= FirstYear and <= LastYear)
        {
            return RedirectToPage("/Admin/Calendar/Edit", new { year });
        }

        YearProblem = localizer[nameof(Strings.Calendar_YearOutOfRange), FirstYear, LastYear];
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var notices = await db.HolidayNotices.AsNoTracking().ToDictionaryAsync(n => n.Year);
        var shipped = WorkingDayCalendar.ShippedYears.ToDictionary(y => y.Year);
        var calendar = await portalCalendar.GetAsync(HttpContext.RequestAborted);
        Years = shipped.Keys.Union(notices.Keys).Order()
            .Select(year =>
            {
                var entered = notices.GetValueOrDefault(year);
                var effective = entered?.ToHolidayYear() ?? shipped[year];
                return new YearRow(
                    year, entered is not null, shipped.ContainsKey(year), entered?.Source,
                    effective.Holidays.Count, effective.MakeUpWorkdays.Count, WorkingDaysIn(calendar, year));
            })
            .ToList();
        NextYear = Years.Count == 0 ? FirstYear : Years[^1].Year + 1;
    }

    private static int WorkingDaysIn(WorkingDayCalendar calendar, int year)
    {
        var first = new DateOnly(year, 1, 1);
        // The count runs from the day after its start: from 12-31 of the year before, every day of the year counts.
        return calendar.WorkingDaysBetween(first.AddDays(-1), new DateOnly(year, 12, 31));
    }

    public sealed record YearRow(int Year, bool Entered, bool Shipped, string? Source, int Holidays, int MakeUpWorkdays, int WorkingDays);
}
