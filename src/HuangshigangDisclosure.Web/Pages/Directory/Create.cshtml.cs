using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Directory;

public class CreateModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel, IEntryFormPage
{
    [BindProperty]
    public EntryForm Input { get; set; } = new();

    public EntryOptions Options { get; private set; } = null!;

    public async Task OnGetAsync(int? domain)
    {
        Options = await EntryOptions.LoadAsync(db, entryId: null);
        Input.DomainId = domain;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Options = await EntryOptions.LoadAsync(db, entryId: null);
        var unitIds = await Input.ValidateAsync(db, Options, exceptId: null, ModelState, localizer);
        if (unitIds is null)
        {
            return Page();
        }

        var entry = new DirectoryEntry { Code = "", Level1 = "", Level2 = "" };
        Input.ApplyTo(entry, unitIds);
        db.DirectoryEntries.Add(entry);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Directory_Created), entry.Code].Value;
        return RedirectToPage("/Directory/Details", new { id = entry.Id });
    }
}
