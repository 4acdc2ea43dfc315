using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Directory.Domains;

public class CreateModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public DomainForm Input { get; set; } = new();

    public async Task OnGetAsync() =>
        Input.SortOrder = (await db.DisclosureDomains.MaxAsync(d => (int?)d.SortOrder) ?? 0) + 10;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid || !await Input.IsFreeAsync(db, exceptId: null, ModelState, localizer))
        {
            return Page();
        }

        var domain = new DisclosureDomain { Code = "", Name = "" };
        Input.ApplyTo(domain);
        db.DisclosureDomains.Add(domain);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Domains_Created), domain.Name].Value;
        return RedirectToPage("/Directory/Domains/Index");
    }
}
