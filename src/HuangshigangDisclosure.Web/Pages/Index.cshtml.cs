using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages;

public class IndexModel(AppDbContext db, CurrentUser me) : PageModel
{
    public int ActiveUnits { get; private set; }

    public string? OwnUnitName { get; private set; }

    public async Task OnGetAsync()
    {
        ActiveUnits = await db.Units.CountAsync(u => u.IsActive);
        if (me.UnitId is { } unitId)
        {
            OwnUnitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync();
        }
    }
}
