using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages.Account;

public class ChangePasswordModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    AccountAudit audit,
    IOptions<PasswordSettings> settings,
    IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public bool MustChange { get; private set; }

    public PasswordRule Rule => settings.Value.ToRule();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        MustChange = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/Login");
        }

        MustChange = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.NewPassword == Input.CurrentPassword)
        {
            ModelState.AddModelError("Input.NewPassword", localizer[nameof(Strings.ChangePassword_SameAsOld)]);
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }

            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.PasswordChanged, user.UserName ?? user.Id);
        TempData["StatusMessage"] = localizer[nameof(Strings.ChangePassword_Done)].Value;
        return RedirectToPage("/Index");
    }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [DataType(DataType.Password)]
        [Display(Name = nameof(Strings.ChangePassword_Current))]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [DataType(DataType.Password)]
        [StringLength(128)]
        [Display(Name = nameof(Strings.ChangePassword_New))]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = nameof(Strings.ChangePassword_Mismatch))]
        [Display(Name = nameof(Strings.ChangePassword_Confirm))]
        public string ConfirmPassword { get; set; } = "";
    }
}
