using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuangshigangDisclosure.Web.Pages.Bulletins;

/// <summary>The bulletins: every version for the office, the issued ones for leaders and liaisons.</summary>
public class IndexModel(AppDbContext db, CurrentUser me) : PageModel
{
    public IReadOnlyList<BulletinRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await BulletinRows.ListAsync(BulletinRows.Visible(db, me));
}
