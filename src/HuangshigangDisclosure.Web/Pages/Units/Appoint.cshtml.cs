using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Units;

/// <summary>Names a person to a role that nobody holds yet (or an additional liaison).</summary>
public class AppointModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public PersonForm Input { get; set; } = new();

    [BindProperty]
    [Display(Name = nameof(Strings.People_Role))]
    public PersonRole Role { get; set; } = PersonRole.Liaison;

    public string UnitName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int unitId)
    {
        var name = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }

        UnitName = name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int unitId)
    {
        var unit = await db.Units.Include(u => u.People).FirstOrDefaultAsync(u => u.Id == unitId);
        if (unit is null)
        {
            return NotFound();
        }

        UnitName = unit.Name;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var from = Input.EffectiveFrom!.Value;
        // One person in charge and one leader in charge at a time: changing them is a handover.
        if (Role != PersonRole.Liaison && unit.People.Any(p => p.Role == Role && (p.EffectiveTo is null || p.EffectiveTo >= from)))
        {
            ModelState.AddModelError(nameof(Role), localizer[nameof(Strings.People_RoleTaken)]);
            return Page();
        }

        unit.AddPerson(new UnitPerson
        {
            Role = Role,
            Name = Input.Name.Trim(),
            Phone = Input.Phone?.Trim(),
            Position = Input.Position?.Trim(),
            EffectiveFrom = from,
        });
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage("/Units/Details", new { id = unitId });
    }
}
