using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Training;

/// <summary>新增培训: the session and who attended for which unit.</summary>
public class CreateModel(AppDbContext db, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public TrainingForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var choices = await FormAsync();
        Input.HeldOn = ChinaTime.Today(clock);
        Input.Units = choices.Units.Select(u => new TrainingForm.UnitAttendance { UnitId = u.Id }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var choices = await FormAsync();
        var attendances = ModelState.IsValid ? Input.Attendances(choices, ModelState, localizer) : null;
        if (attendances is null)
        {
            return Page();
        }

        var session = new TrainingSession { Topic = "" };
        Input.ApplyTo(session, attendances);
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Training_Created), session.Topic, session.Attendees.Count].Value;
        return RedirectToPage("/Admin/Training/Index");
    }

    private async Task<TrainingChoices> FormAsync()
    {
        var choices = await TrainingChoices.LoadAsync(db, sessionId: null);
        ViewData["TrainingChoices"] = choices;
        ViewData["Today"] = ChinaTime.Today(clock);
        return choices;
    }
}
