using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Calendar;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Calendar;

/// <summary>
/// One year's holiday notice as the office enters or corrects it (国务院办公厅关于…部分节假日安排的通知).
/// What is saved replaces the shipped year; every working-day figure uses it from then on.
/// </summary>
public class EditModel(AppDbContext db, PortalCalendar portalCalendar, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public NoticeForm Input { get; set; } = new();

    /// <summary>The version of the office's notice the editor started from; null when there was none.</summary>
    [BindProperty]
    public Guid? Version { get; set; }

    public int Year { get; private set; }

    /// <summary>Where the year's arrangement comes from now: shipped, entered by the office, or nowhere.</summary>
    public YearStatus Status { get; private set; }

    public string? EnteredSource { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year)
    {
        if (!await LoadAsync(year))
        {
            return NotFound();
        }

        var notice = await db.HolidayNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Year == year);
        var current = notice?.ToHolidayYear() ?? WorkingDayCalendar.ShippedYears.FirstOrDefault(y => y.Year == year);
        Input = new NoticeForm
        {
            Holidays = current is null ? "" : Lines(current.Holidays),
            MakeUpWorkdays = current is null ? "" : Lines(current.MakeUpWorkdays),
            Source = notice?.Source,
        };
        Version = notice?.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year)
    {
        if (!await LoadAsync(year))
        {
            return NotFound();
        }

        var holidays = Read(Input.Holidays, "Input.Holidays");
        var makeUpDays = Read(Input.MakeUpWorkdays, "Input.MakeUpWorkdays");
        if (holidays.Count > 0 && makeUpDays.Intersect(holidays).Order().ToList() is { Count: > 0 } both)
        {
            ModelState.AddModelError("Input.MakeUpWorkdays", localizer[nameof(Strings.Calendar_DatesInBothLists), Join(both)]);
        }

        // A make-up working day is a weekend day worked (调休上班); a weekday already is a working day.
        if (makeUpDays.Where(d => d.Year == year && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList() is { Count: > 0 } weekdays)
        {
            ModelState.AddModelError("Input.MakeUpWorkdays", localizer[nameof(Strings.Calendar_MakeUpNotWeekend), Join(weekdays)]);
        }

        var (holidayText, makeUpText) = (HolidayNotice.FormatDates(holidays), HolidayNotice.FormatDates(makeUpDays));
        if (holidayText.Length > HolidayNotice.HolidaysMaxLength || makeUpText.Length > HolidayNotice.MakeUpWorkdaysMaxLength)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Calendar_TooManyDates)]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var notice = await db.HolidayNotices.FirstOrDefaultAsync(n => n.Year == year);
        if (notice is null)
        {
            if (Version is not null)
            {
                // The notice the editor started from was removed meanwhile.
                return ConflictPage();
            }

            notice = new HolidayNotice { Year = year };
            db.HolidayNotices.Add(notice);
        }
        else
        {
            if (Version is null)
            {
                // Someone else entered the year while this editor had the shipped arrangement open.
                return ConflictPage();
            }

            db.Entry(notice).Property(n => n.Version).OriginalValue = Version.Value;
        }

        notice.Holidays = holidayText;
        notice.MakeUpWorkdays = makeUpText;
        notice.Source = Input.Source!.Trim();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A concurrency clash, or a second admin inserting the same year first.
            return ConflictPage();
        }
        finally
        {
            portalCalendar.Invalidate();
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Calendar_Saved), year, holidays.Count, makeUpDays.Count].Value;
        return RedirectToPage("/Admin/Calendar/Index");
    }

    /// <summary>Removes the office's notice: a shipped year counts by the shipped arrangement again, another year by weekends only.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int year)
    {
        if (!await LoadAsync(year))
        {
            return NotFound();
        }

        var notice = await db.HolidayNotices.FirstOrDefaultAsync(n => n.Year == year);
        if (notice is not null)
        {
            db.Entry(notice).Property(n => n.Version).OriginalValue = Version ?? Guid.Empty;
            db.HolidayNotices.Remove(notice);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateConcurrencyException)
            {
                return ConflictPage();
            }
            finally
            {
                portalCalendar.Invalidate();
            }
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Calendar_Removed), year].Value;
        return RedirectToPage("/Admin/Calendar/Index");
    }

    private async Task<bool> LoadAsync(int year)
    {
        if (year is < IndexModel.FirstYear or > IndexModel.LastYear)
        {
            return false;
        }

        Year = year;
        var notice = await db.HolidayNotices.AsNoTracking().Where(n => n.Year == year).Select(n => new { n.Source }).FirstOrDefaultAsync();
        EnteredSource = notice?.Source;
        Status = notice is not null ? YearStatus.Entered
            : WorkingDayCalendar.ShippedYears.Any(y => y.Year == year) ? YearStatus.Shipped
            : YearStatus.Unknown;
        return true;
    }

    /// <summary>The dates of one field; every piece that is no date, or a date of another year, is named in a message.</summary>
    private List<DateOnly> Read(string? text, string field)
    {
        var (dates, unreadable) = HolidayNotice.ReadDates(text);
        if (unreadable.Count > 0)
        {
            ModelState.AddModelError(field, localizer[nameof(Strings.Calendar_DatesUnreadable), string.Join("、", unreadable)]);
        }

        if (dates.Where(d => d.Year != Year).ToList() is { Count: > 0 } stray)
        {
            ModelState.AddModelError(field, localizer[nameof(Strings.Calendar_DatesOfAnotherYear), Year, Join(stray)]);
        }

        return dates.Where(d => d.Year == Year).ToList();
    }

    private PageResult ConflictPage()
    {
        ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
        return Page();
    }

    private static string Join(IEnumerable<DateOnly> dates) => string.Join("、", dates.Select(d => Infrastructure.Format.IsoDate(d)));

    /// <summary>One date a line: easy to compare with the notice.</summary>
    private static string Lines(IEnumerable<DateOnly> dates) => string.Join("\n", dates.Order().Select(d => Infrastructure.Format.IsoDate(d)));

    public enum YearStatus
    {
        Unknown,
        Shipped,
        Entered,
    }

    public sealed class NoticeForm
    {
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [Display(Name = nameof(Strings.Calendar_HolidaysField))]
        public string? Holidays { get; set; }

        [Display(Name = nameof(Strings.Calendar_MakeUpField))]
        public string? MakeUpWorkdays { get; set; }

        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [StringLength(HolidayNotice.SourceMaxLength, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        [Display(Name = nameof(Strings.Calendar_SourceField))]
        public string? Source { get; set; }
    }
}
