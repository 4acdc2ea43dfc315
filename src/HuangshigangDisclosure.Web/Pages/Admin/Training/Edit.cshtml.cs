using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Training;

/// <summary>
/// 编辑培训. Sessions carry no version token (only the office edits them, rarely): the last save wins,
/// and the audit log keeps every change.
/// </summary>
public class EditModel(AppDbContext db, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public TrainingForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.Attendees).FirstOrDefaultAsync(s => s.Id == id);
        if (session is null)
        {
            return NotFound();
        }

        Input = TrainingForm.From(session, await FormAsync(id));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var session = await db.TrainingSessions.Include(s => s.Attendees).FirstOrDefaultAsync(s => s.Id == id);
        if (session is null)
        {
            return NotFound();
        }

        var choices = await FormAsync(id);
        var attendances = ModelState.IsValid ? Input.Attendances(choices, ModelState, localizer) : null;
        if (attendances is null)
        {
            return Page();
        }

        Input.ApplyTo(session, attendances);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage("/Admin/Training/Index");
    }

    private async Task<TrainingChoices> FormAsync(int id)
    {
        var choices = await TrainingChoices.LoadAsync(db, id);
        ViewData["TrainingChoices"] = choices;
        ViewData["Today"] = ChinaTime.Today(clock);
        return choices;
    }
}
