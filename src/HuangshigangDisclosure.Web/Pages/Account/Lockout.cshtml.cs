using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages.Account;

public class LockoutModel(IOptions<IdentityOptions> options) : PageModel
{
    public int Minutes => (int)options.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes;

    public void OnGet()
    {
    }
}
