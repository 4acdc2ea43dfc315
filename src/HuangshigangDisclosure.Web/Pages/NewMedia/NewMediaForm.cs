using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Text;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.NewMedia;

/// <summary>
/// The fields a user records or edits on an account (allow-list binding: filings are recorded on
/// their own page). <see cref="UnitId"/> is read for an Admin only: a liaison's accounts are their unit's.
/// </summary>
public sealed class NewMediaForm
{
    [Display(Name = nameof(Strings.NewMediaAccount_Unit))]
    public int? UnitId { get; set; }

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(100, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.NewMediaAccount_Name))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(Strings.NewMediaAccount_Platform))]
    public NewMediaPlatform Platform { get; set; }

    [Display(Name = nameof(Strings.NewMediaAccount_Status))]
    public NewMediaStatus Status { get; set; }

    [Display(Name = nameof(Strings.NewMediaAccount_LastUpdatedOn))]
    public DateOnly? LastUpdatedOn { get; set; }

    public static NewMediaForm From(NewMediaAccount account) => new()
    {
        UnitId = account.UnitId,
        Name = account.Name,
        Platform = account.Platform,
        Status = account.Status,
        LastUpdatedOn = account.LastUpdatedOn,
    };

    public void ApplyTo(NewMediaAccount account, int unitId)
    {
        account.UnitId = unitId;
        account.Name = TextKey.Collapse(Name);
        account.Platform = Platform;
        account.Status = Status;
        account.LastUpdatedOn = LastUpdatedOn;
    }

    /// <summary>Checks what annotations cannot: an active unit, a date not in the future, one account per unit, platform and name.</summary>
    public async Task CheckAsync(AppDbContext db, int? unitId, int? exceptId, DateOnly today, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer)
    {
        if (unitId is not { } unit || !await db.Units.AnyAsync(u => u.Id == unit && (u.IsActive || db.NewMediaAccounts.Any(a => a.Id == exceptId && a.UnitId == unit))))
        {
            modelState.AddModelError($"Input.{nameof(UnitId)}", localizer[nameof(Strings.NewMedia_UnitRequired)]);
            return;
        }

        if (LastUpdatedOn > today)
        {
            modelState.AddModelError($"Input.{nameof(LastUpdatedOn)}", localizer[nameof(Strings.NewMedia_DateInFuture), localizer[nameof(Strings.NewMediaAccount_LastUpdatedOn)], Infrastructure.Format.Date(today)]);
        }

        var name = TextKey.Collapse(Name);
        if (name.Length > 0 && await db.NewMediaAccounts.AnyAsync(a => a.UnitId == unit && a.Platform == Platform && a.Name == name && a.Id != exceptId))
        {
            modelState.AddModelError($"Input.{nameof(Name)}", localizer[nameof(Strings.NewMedia_NameTaken), name]);
        }
    }

    /// <summary>The units an Admin may pick (active ones, plus the account's own); a liaison's is fixed.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> UnitChoicesAsync(AppDbContext db, CurrentUser me, int? keepUnitId = null)
    {
        var scope = me.ScopeUnitId;
        return await db.Units.AsNoTracking()
            .Where(u => scope == null ? u.IsActive || u.Id == keepUnitId : u.Id == scope)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync();
    }
}
