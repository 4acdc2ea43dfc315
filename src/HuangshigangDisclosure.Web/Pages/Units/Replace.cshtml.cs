using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Units;

/// <summary>工作交接: a successor takes over a role; the predecessor's term ends and the handover is recorded.</summary>
public class ReplaceModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public PersonForm Input { get; set; } = new();

    [BindProperty]
    [StringLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.People_Note))]
    public string? Note { get; set; }

    public UnitPerson Predecessor { get; private set; } = null!;

    public string UnitName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int personId)
    {
        var person = await db.UnitPeople.AsNoTracking().Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == personId);
        if (person?.Unit is null)
        {
            return NotFound();
        }

        Predecessor = person;
        UnitName = person.Unit.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int personId)
    {
        var person = await db.UnitPeople.FirstOrDefaultAsync(p => p.Id == personId);
        if (person is null)
        {
            return NotFound();
        }

        var unit = await db.Units.Include(u => u.People).Include(u => u.Handovers).FirstAsync(u => u.Id == person.UnitId);
        Predecessor = person;
        UnitName = unit.Name;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var on = Input.EffectiveFrom!.Value;
        if (on <= person.EffectiveFrom || !person.IsCurrentOn(on))
        {
            ModelState.AddModelError("Input.EffectiveFrom", localizer[nameof(Strings.People_HandoverDateInvalid), Format.Date(person.EffectiveFrom)]);
            return Page();
        }

        var successor = new UnitPerson { Name = Input.Name.Trim(), Phone = Input.Phone?.Trim(), Position = Input.Position?.Trim() };
        unit.ReplacePerson(person, successor, on, Note);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.People_Replaced), person.Name, successor.Name].Value;
        return RedirectToPage("/Units/Details", new { id = unit.Id });
    }
}
