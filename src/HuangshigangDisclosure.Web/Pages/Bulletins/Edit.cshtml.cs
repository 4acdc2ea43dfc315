using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Bulletins;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Bulletins;

/// <summary>
/// The office edits a draft's sections (Admin). Placeholders stay in the stored text and render from the
/// current figures on every view until the bulletin is issued; the list beside the editor shows each one's value now.
/// </summary>
public class EditModel(AppDbContext db, BulletinService bulletins, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public SectionsInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public string Title { get; private set; } = "";

    public IReadOnlyList<(BulletinPlaceholder Placeholder, string Now)> Placeholders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var bulletin = await db.Bulletins.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return NotFound();
        }

        if (bulletin.IsIssued)
        {
            TempData["StatusMessage"] = localizer[nameof(Strings.Bulletins_NotDraft)].Value;
            return RedirectToPage("/Bulletins/Details", new { id });
        }

        Input = SectionsInput.From(bulletin.Text);
        Version = bulletin.Version;
        await LoadAsync(bulletin);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var bulletin = await db.Bulletins.FirstOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return NotFound();
        }

        if (bulletin.IsIssued)
        {
            TempData["StatusMessage"] = localizer[nameof(Strings.Bulletins_NotDraft)].Value;
            return RedirectToPage("/Bulletins/Details", new { id });
        }

        var text = Input.ToText();
        var unknown = BulletinPlaceholders.Unknown(text.AllText());
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Bulletins_UnknownPlaceholders), string.Join("、", unknown.Select(u => "{{" + u + "}}"))]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(bulletin);
            return Page();
        }

        db.Entry(bulletin).Property(b => b.Version).OriginalValue = Version;
        bulletin.Text = text;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
            await LoadAsync(bulletin);
            return Page();
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage("/Bulletins/Details", new { id });
    }

    private async Task LoadAsync(Bulletin bulletin)
    {
        Title = bulletin.Text.Title;
        var facts = await bulletins.FactsAsync(bulletin.Quarter);
        Placeholders = [.. BulletinPlaceholders.All.Select(p => (p, p.IsBlock ? "" : p.Render(facts)))];
    }

    /// <summary>The editable sections; line breaks separate paragraphs.</summary>
    public sealed class SectionsInput
    {
        [Display(Name = nameof(Strings.Bulletins_Section_Office))]
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [MaxLength(100, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        public string Office { get; set; } = "";

        [Display(Name = nameof(Strings.Bulletins_Section_Title))]
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [MaxLength(200, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        public string Title { get; set; } = "";

        [Display(Name = nameof(Strings.Bulletins_Section_Addressees))]
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [MaxLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        public string Addressees { get; set; } = "";

        [Display(Name = nameof(Strings.Bulletins_Section_Preamble))]
        [MaxLength(4000, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        public string? Preamble { get; set; }

        [Display(Name = nameof(Strings.Bulletins_Section_Overview))]
        [MaxLength(20000, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        public string? Overview { get; set; }

        [Display(Name = nameof(Strings.Bulletins_Section_Problems))]
        [MaxLength(20000, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        public string? Problems { get; set; }

        [Display(Name = nameof(Strings.Bulletins_Section_Requirements))]
        [MaxLength(20000, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        public string? Requirements { get; set; }

        public static SectionsInput From(BulletinText text) => new()
        {
            Office = text.Office,
            Title = text.Title,
            Addressees = text.Addressees,
            Preamble = text.Preamble,
            Overview = text.Overview,
            Problems = text.Problems,
            Requirements = text.Requirements,
        };

        public BulletinText ToText() => new()
        {
            Office = Office.Trim(),
            Title = Title.Trim(),
            Addressees = Addressees.Trim(),
            Preamble = Clean(Preamble),
            Overview = Clean(Overview),
            Problems = Clean(Problems),
            Requirements = Clean(Requirements),
        };

        private static string Clean(string? text) => string.Join('\n', BulletinText.Paragraphs(text ?? ""));
    }
}
