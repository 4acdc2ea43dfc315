using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Units;

public class CreateModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public UnitForm Input { get; set; } = new();

    public async Task OnGetAsync() =>
        Input.SortOrder = (await db.Units.MaxAsync(u => (int?)u.SortOrder) ?? 0) + 10;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid || !await UnitNames.AreFreeAsync(db, Input, exceptId: null, ModelState, localizer))
        {
            return Page();
        }

        var unit = new Unit { Name = "", ShortName = "" };
        Input.ApplyTo(unit);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Units_Created), unit.Name].Value;
        return RedirectToPage("/Units/Details", new { id = unit.Id });
    }
}
