using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Bulletins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Bulletins;

/// <summary>
/// A bulletin as it will print (A4 print stylesheet) with its versions and the Word download. A draft is the
/// office's alone and renders from today's figures; an issued version shows its frozen snapshot to every role.
/// </summary>
public class DetailsModel(AppDbContext db, BulletinService bulletins, CurrentUser me) : PageModel
{
    public BulletinView View { get; private set; } = null!;

    public IReadOnlyList<BulletinRow> History { get; private set; } = [];

    public BulletinRow Row => History.Single(r => r.Id == View.Bulletin.Id);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is not { } view)
        {
            return NotFound();
        }

        View = view;
        History = await BulletinRows.ListAsync(BulletinRows.Visible(db, me).Where(b => b.Quarter == view.Bulletin.Quarter));
        return Page();
    }

    /// <summary>The .docx in GB/T 9704 form: a draft with today's figures (Admin), an issued version as frozen.</summary>
    public async Task<IActionResult> OnGetWordAsync(int id)
    {
        if (await LoadAsync(id) is not { } view)
        {
            return NotFound();
        }

        var name = view.Bulletin.Text.Title + (view.Bulletin.IsIssued ? "" : "（草稿）") + (view.Bulletin.Revision > 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"（第{view.Bulletin.Revision}版）") : "") + ".docx";
        return File(BulletinWord.Write(view.Document), BulletinWord.ContentType, name);
    }

    private async Task<BulletinView?> LoadAsync(int id)
    {
        var bulletin = await BulletinRows.Visible(db, me).AsNoTracking().FirstOrDefaultAsync(b => b.Id == id);
        return bulletin is null ? null : await bulletins.ViewAsync(bulletin);
    }
}
