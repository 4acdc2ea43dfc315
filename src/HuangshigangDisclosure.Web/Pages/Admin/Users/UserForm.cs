using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Users;

/// <summary>What an Admin sets on an account: name shown, role, and the unit of a liaison.</summary>
public class UserForm
{
    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(50, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.User_DisplayName))]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [Display(Name = nameof(Strings.User_Role))]
    public string Role { get; set; } = AppRoles.Liaison;

    [Display(Name = nameof(Strings.User_Unit))]
    public int? UnitId { get; set; }

    /// <summary>A liaison belongs to exactly one active unit; the other roles to none.</summary>
    public async Task<bool> CheckAsync(AppDbContext db, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer, string prefix)
    {
        if (!AppRoles.All.Contains(Role))
        {
            modelState.AddModelError($"{prefix}.Role", localizer[nameof(Strings.Users_UnknownRole)]);
            return false;
        }

        if (Role != AppRoles.Liaison)
        {
            UnitId = null;
            return modelState.IsValid;
        }

        if (UnitId is null || !await db.Units.AnyAsync(u => u.Id == UnitId && u.IsActive))
        {
            modelState.AddModelError($"{prefix}.UnitId", localizer[nameof(Strings.Users_LiaisonNeedsUnit)]);
            return false;
        }

        return modelState.IsValid;
    }

    public static async Task<List<SelectListItem>> UnitChoicesAsync(AppDbContext db) =>
        (await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync())
        .ConvertAll(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture)));
}
