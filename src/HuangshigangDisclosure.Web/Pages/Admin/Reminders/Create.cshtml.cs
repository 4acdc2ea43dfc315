using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Reminders;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Reminders;

/// <summary>
/// 发送提醒: the office reminds one or many active units. The two shortcuts are expanded on the
/// server (no script needed): every street and the management zone, every department.
/// </summary>
public class CreateModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public ReminderForm Input { get; set; } = new();

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.SentOn = ChinaTime.Today(clock);
        Units = await UnitChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Units = await UnitChoicesAsync();
        var today = ChinaTime.Today(clock);
        if (Input.SentOn > today)
        {
            ModelState.AddModelError("Input.SentOn", localizer[nameof(Strings.NewMedia_DateInFuture), localizer[nameof(Strings.Reminder_SentOn)], Format.Date(today)]);
        }

        if (Input.DueOn is { } due && Input.SentOn is { } sent && due < sent)
        {
            ModelState.AddModelError("Input.DueOn", localizer[nameof(Strings.Reminders_DueBeforeSent)]);
        }

        // Only active units can be addressed, whatever was posted.
        var unitIds = Units
            .Where(u => Input.UnitIds.Contains(u.Id)
                || (Input.AllStreets && u.Kind is UnitKind.Street or UnitKind.ManagementZone)
                || (Input.AllDepartments && u.Kind == UnitKind.Department))
            .Select(u => u.Id)
            .ToList();
        if (unitIds.Count == 0)
        {
            ModelState.AddModelError("Input.UnitIds", localizer[nameof(Strings.Reminders_UnitsRequired)]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reminder = new Reminder
        {
            Text = Input.Text!.Trim(),
            SentOn = Input.SentOn!.Value,
            DueOn = Input.DueOn,
            SentBy = me.UserName,
            Recipients = unitIds.Select(id => new ReminderRecipient { UnitId = id }).ToList(),
        };
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Reminders_Created), unitIds.Count].Value;
        return RedirectToPage("/Admin/Reminders/Details", new { id = reminder.Id });
    }

    private async Task<IReadOnlyList<UnitChoice>> UnitChoicesAsync() =>
        await db.Units.AsNoTracking()
            .Where(u => u.IsActive)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitChoice(u.Id, u.Name, u.Kind))
            .ToListAsync();

    public sealed record UnitChoice(int Id, string Name, UnitKind Kind);

    public sealed class ReminderForm
    {
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [StringLength(2000, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        [Display(Name = nameof(Strings.Reminder_Text))]
        public string? Text { get; set; }

        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [Display(Name = nameof(Strings.Reminder_SentOn))]
        public DateOnly? SentOn { get; set; }

        [Display(Name = nameof(Strings.Reminder_DueOn))]
        public DateOnly? DueOn { get; set; }

        [Display(Name = nameof(Strings.Reminder_Units))]
        public List<int> UnitIds { get; set; } = [];

        [Display(Name = nameof(Strings.Reminders_AllStreets))]
        public bool AllStreets { get; set; }

        [Display(Name = nameof(Strings.Reminders_AllDepartments))]
        public bool AllDepartments { get; set; }
    }
}
