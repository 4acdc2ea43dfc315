using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Users;

/// <summary>An Admin changes an account's role and unit, disables or enables it, or resets its password.</summary>
public class EditModel(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    AccountAudit audit,
    CurrentUser me,
    TimeProvider clock,
    IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public UserForm Input { get; set; } = new();

    public ApplicationUser Account { get; private set; } = null!;

    public bool IsLockedOut { get; private set; }

    public bool IsSelf => Account.Id == me.Id;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new UserForm
        {
            DisplayName = Account.DisplayName,
            Role = (await users.GetRolesAsync(Account)).FirstOrDefault() ?? "",
            UnitId = Account.UnitId,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!await Input.CheckAsync(db, ModelState, localizer, nameof(Input)))
        {
            return Page();
        }

        var oldRoles = await users.GetRolesAsync(Account);
        var oldRole = oldRoles.FirstOrDefault();
        if (IsSelf && oldRole != Input.Role)
        {
            ModelState.AddModelError("Input.Role", localizer[nameof(Strings.Users_CannotChangeOwnRole)]);
            return Page();
        }

        var oldUnit = Account.UnitId;
        Account.DisplayName = Input.DisplayName.Trim();
        Account.UnitId = Input.UnitId;
        await users.UpdateAsync(Account);
        if (oldRole != Input.Role)
        {
            await users.RemoveFromRolesAsync(Account, oldRoles);
            await users.AddToRoleAsync(Account, Input.Role);
        }

        if (oldRole != Input.Role || oldUnit != Input.UnitId)
        {
            // Sign the user out everywhere so the new role and unit take effect at once.
            await users.UpdateSecurityStampAsync(Account);
            await audit.RecordAsync(AuditAction.RoleChanged, Account.UserName!, new
            {
                role = new { old = oldRole, @new = Input.Role },
                unitId = new { old = oldUnit, @new = Input.UnitId },
            });
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDisableAsync(string id) => await SetDisabledAsync(id, disabled: true);

    public async Task<IActionResult> OnPostEnableAsync(string id) => await SetDisabledAsync(id, disabled: false);

    public async Task<IActionResult> OnPostResetPasswordAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var password = BootstrapAdmin.GeneratePassword();
        await users.RemovePasswordAsync(Account);
        var result = await users.AddPasswordAsync(Account, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("A generated password was refused: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }

        Account.MustChangePassword = true;
        await users.UpdateAsync(Account);
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        await users.UpdateSecurityStampAsync(Account);
        await audit.RecordAsync(AuditAction.PasswordReset, Account.UserName!);
        TempData["StatusMessage"] = localizer[nameof(Strings.Users_PasswordReset), Account.UserName!, password].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        await audit.RecordAsync(AuditAction.UserEnabled, Account.UserName!, new { unlocked = true });
        TempData["StatusMessage"] = localizer[nameof(Strings.Users_Unlocked), Account.UserName!].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            TempData["StatusMessage"] = localizer[nameof(Strings.Users_CannotDisableSelf)].Value;
            return RedirectToPage(new { id });
        }

        Account.IsDisabled = disabled;
        await users.UpdateAsync(Account);
        await users.UpdateSecurityStampAsync(Account);
        await audit.RecordAsync(disabled ? AuditAction.UserDisabled : AuditAction.UserEnabled, Account.UserName!);
        TempData["StatusMessage"] = localizer[disabled ? nameof(Strings.Users_Disabled) : nameof(Strings.Users_Enabled), Account.UserName!].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        ViewData["Units"] = await UserForm.UnitChoicesAsync(db);
        var account = await users.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        IsLockedOut = account.LockoutEnd > clock.GetUtcNow();
        return true;
    }
}
