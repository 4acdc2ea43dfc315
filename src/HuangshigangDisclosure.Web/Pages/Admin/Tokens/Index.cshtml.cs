using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Api;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Tokens;

/// <summary>
/// API tokens for machines (design §4): an Admin issues one for a user (the token acts with that
/// user's role and unit), sees it once, and may revoke it. Only the hash is stored.
/// </summary>
public class IndexModel(AppDbContext db, ApiTokens tokens, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public IssueInput Input { get; set; } = new();

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Users { get; private set; } = [];

    /// <summary>The token just issued: shown on this answer only, never stored.</summary>
    public IssuedToken? Issued { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostIssueAsync()
    {
        var user = ModelState.IsValid ? await db.Users.FirstOrDefaultAsync(u => u.Id == Input.UserId && !u.IsDisabled) : null;
        if (ModelState.IsValid && user is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.UserId)}", localizer[nameof(Strings.Tokens_UserUnavailable)]);
        }

        if (user is null)
        {
            await LoadAsync();
            return Page();
        }

        var issued = await tokens.IssueAsync(user, Input.Name, me.UserName);
        // Rendered straight from this POST, not after a redirect: the secret never sits in TempData or a cookie.
        Issued = new IssuedToken(issued.Token.Name, user.UserName ?? "", issued.Secret);
        Input = new();
        ModelState.Clear();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id);
        if (token is null)
        {
            return NotFound();
        }

        if (token.RevokedAtUtc is not null)
        {
            TempData["StatusMessage"] = localizer[nameof(Strings.Tokens_AlreadyRevoked), token.Name].Value;
            return RedirectToPage();
        }

        token.RevokedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Tokens_RevokeDone), token.Name].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var rows = await (from token in db.ApiTokens.AsNoTracking()
                          join user in db.Users on token.UserId equals user.Id
                          orderby token.RevokedAtUtc != null, token.CreatedAtUtc descending
                          select new TokenRow(token.Id, token.Name, user.UserName ?? "", user.DisplayName, token.Prefix, token.CreatedAtUtc, token.CreatedBy, token.LastUsedAtUtc, token.RevokedAtUtc))
            .ToListAsync();
        Tokens = rows;

        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync();
        Users = [.. users.Select(u => new SelectListItem($"{u.UserName}（{u.DisplayName}）", u.Id))];
    }

    public sealed record TokenRow(int Id, string Name, string UserName, string DisplayName, string Prefix, DateTime CreatedAtUtc, string CreatedBy, DateTime? LastUsedAtUtc, DateTime? RevokedAtUtc);

    public sealed record IssuedToken(string Name, string UserName, string Secret);

    public sealed class IssueInput
    {
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [Display(Name = nameof(Strings.Tokens_User))]
        public string UserId { get; set; } = "";

        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [StringLength(100, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        [Display(Name = nameof(Strings.Tokens_Name))]
        public string Name { get; set; } = "";
    }
}
