using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Directory.Domains;

public class EditModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public DomainForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var domain = await db.DisclosureDomains.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id);
        if (domain is null)
        {
            return NotFound();
        }

        Input = DomainForm.From(domain);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var domain = await db.DisclosureDomains.FirstOrDefaultAsync(d => d.Id == id);
        if (domain is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !await Input.IsFreeAsync(db, exceptId: id, ModelState, localizer))
        {
            return Page();
        }

        Input.ApplyTo(domain);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage("/Directory/Domains/Index");
    }
}
