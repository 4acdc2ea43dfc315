using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Account;

public class LoginModel(
    SignInManager<ApplicationUser> signIn,
    AccountAudit audit,
    IStringLocalizer<Strings> localizer,
    IWebHostEnvironment environment,
    IConfiguration configuration) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Listed in Development only, so a new user of the demo can try every role.</summary>
    public IEnumerable<(string UserName, string Role, string? Unit)>? DemoAccounts { get; private set; }

    public string DemoPassword => DemoData.Password;

    public void OnGet() => ShowDemoAccounts();

    public async Task<IActionResult> OnPostAsync()
    {
        ShowDemoAccounts();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        // Lockout is really on: the stock page passes lockoutOnFailure: false.
        var result = await signIn.PasswordSignInAsync(userName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.LoginSucceeded, userName, actorName: userName, actorId: user?.Id);
            return user?.MustChangePassword == true
                ? RedirectToPage("/Account/ChangePassword")
                : LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditAction.LockedOut, userName, actorName: userName, actorId: user?.Id);
            return RedirectToPage("/Account/Lockout");
        }

        await audit.RecordAsync(AuditAction.LoginFailed, userName,
            result.IsNotAllowed ? new { reason = "disabled" } : null, actorName: userName, actorId: user?.Id);
        // The same message for an unknown user and a wrong password: no hint which user names exist.
        ModelState.AddModelError(string.Empty, result.IsNotAllowed
            ? localizer[nameof(Strings.Login_Disabled)]
            : localizer[nameof(Strings.Login_Failed)]);
        return Page();
    }

    private void ShowDemoAccounts()
    {
        if (environment.IsDevelopment() && configuration.GetValue("Demo:Enabled", false))
        {
            DemoAccounts = DemoData.Accounts;
        }
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [Display(Name = nameof(Strings.User_UserName))]
        [StringLength(256)]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [DataType(DataType.Password)]
        [Display(Name = nameof(Strings.User_Password))]
        public string Password { get; set; } = "";
    }
}
