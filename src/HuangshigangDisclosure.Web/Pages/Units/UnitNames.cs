using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Units;

/// <summary>Unit names and short names are unique: a duplicate gets a message on its field.</summary>
internal static class UnitNames
{
    public static async Task<bool> AreFreeAsync(AppDbContext db, UnitForm form, int? exceptId, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer)
    {
        var name = form.Name.Trim();
        var shortName = form.ShortName.Trim();
        var clashes = await db.Units.AsNoTracking()
            .Where(u => u.Id != exceptId && (u.Name == name || u.ShortName == shortName))
            .Select(u => new { u.Name, u.ShortName })
            .ToListAsync();
        if (clashes.Any(c => c.Name == name))
        {
            modelState.AddModelError("Input.Name", localizer[nameof(Strings.Units_NameTaken), name]);
        }

        if (clashes.Any(c => c.ShortName == shortName))
        {
            modelState.AddModelError("Input.ShortName", localizer[nameof(Strings.Units_ShortNameTaken), shortName]);
        }

        return clashes.Count == 0;
    }
}
