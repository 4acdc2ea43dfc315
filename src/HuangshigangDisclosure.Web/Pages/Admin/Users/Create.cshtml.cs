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

namespace HuangshigangDisclosure.Web.Pages.Admin.Users;

/// <summary>An Admin creates an account with an initial password the user must change at first log-in.</summary>
public class CreateModel(AppDbContext db, UserManager<ApplicationUser> users, AccountAudit audit, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public async Task OnGetAsync() => ViewData["Units"] = await UserForm.UnitChoicesAsync(db);

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData["Units"] = await UserForm.UnitChoicesAsync(db);
        if (!await Input.CheckAsync(db, ModelState, localizer, nameof(Input)))
        {
            return Page();
        }

        var generated = string.IsNullOrEmpty(Input.InitialPassword);
        var password = generated ? BootstrapAdmin.GeneratePassword() : Input.InitialPassword!;
        var user = new ApplicationUser
        {
            UserName = Input.UserName.Trim(),
            DisplayName = Input.DisplayName.Trim(),
            UnitId = Input.UnitId,
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.InitialPassword" : "Input.UserName";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, Input.Role);
        await audit.RecordAsync(AuditAction.UserCreated, user.UserName, new { role = Input.Role, unitId = Input.UnitId, displayName = user.DisplayName });
        TempData["StatusMessage"] = generated
            ? localizer[nameof(Strings.Users_CreatedWithPassword), user.UserName, password].Value
            : localizer[nameof(Strings.Users_Created), user.UserName].Value;
        return RedirectToPage("/Admin/Users/Edit", new { id = user.Id });
    }

    public sealed class CreateUserInput : UserForm
    {
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [StringLength(50, MinimumLength = 2, ErrorMessage = nameof(Strings.Validation_Length))]
        [RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = nameof(Strings.Users_UserNameChars))]
        [Display(Name = nameof(Strings.User_UserName))]
        public string UserName { get; set; } = "";

        [DataType(DataType.Password)]
        [StringLength(128)]
        [Display(Name = nameof(Strings.Users_InitialPassword))]
        public string? InitialPassword { get; set; }
    }
}
