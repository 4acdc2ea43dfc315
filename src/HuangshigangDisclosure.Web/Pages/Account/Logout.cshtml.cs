using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuangshigangDisclosure.Web.Pages.Account;

public class LogoutModel(SignInManager<ApplicationUser> signIn, AccountAudit audit, CurrentUser me) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditAction.Logout, me.UserName);
            await signIn.SignOutAsync();
        }

        return RedirectToPage("/Account/Login");
    }
}
