using System.Globalization;
using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Web.Calendar;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Calendar;

/// <summary>
/// 工作日计算说明: how a working-day figure shown elsewhere was counted (design: "show how every
/// deadline was computed — which holidays counted"). Open to every signed-in user.
/// </summary>
public class ExplainModel(PortalCalendar portalCalendar, IStringLocalizer<Strings> localizer) : PageModel
{
    /// <summary>A longer span is not a deadline anyone asks about, and would only cost time.</summary>
    public const int MaxYears = 10;

    /// <summary>yyyy-MM-dd; the day itself is not counted.</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>yyyy-MM-dd, counted.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public WorkingDayExplanation? Explanation { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To))
        {
            return;
        }

        var problems = new List<string>();
        var from = Read(From, problems);
        var to = Read(To, problems);
        if (from is { } start && to is { } end)
        {
            // Either order is read as the span between the two dates.
            (start, end) = start <= end ? (start, end) : (end, start);
            if (end.DayNumber - start.DayNumber > MaxYears * 366)
            {
                problems.Add(localizer[nameof(Strings.Calendar_RangeTooLong), MaxYears]);
            }
            else
            {
                Explanation = (await portalCalendar.GetAsync(HttpContext.RequestAborted)).Explain(start, end);
            }
        }

        Problems = problems;
    }

    private DateOnly? Read(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(localizer[nameof(Strings.Calendar_DatesRequired)]);
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1900)
        {
            return date;
        }

        problems.Add(localizer[nameof(Strings.Calendar_DateInvalid), text.Trim()]);
        return null;
    }
}
