using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Units;

public class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public UnitKind? Kind { get; set; }

    /// <summary>"active" (default), "inactive" or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "active";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = ChinaTime.Today(clock);
        var query = db.Units.AsNoTracking();
        if (me.ScopeUnitId is { } own)
        {
            query = query.Where(u => u.Id == own);
        }

        if (Kind is { } kind)
        {
            query = query.Where(u => u.Kind == kind);
        }

        query = Status switch
        {
            "inactive" => query.Where(u => !u.IsActive),
            "all" => query,
            _ => query.Where(u => u.IsActive),
        };
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(u => u.Name.Contains(q) || u.ShortName.Contains(q));
        }

        Units = await query
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitRow(
                u.Id, u.Name, u.ShortName, u.Kind, u.SortOrder, u.IsActive,
                u.People.Where(p => p.Role == PersonRole.PersonInCharge && p.EffectiveFrom <= today && (p.EffectiveTo == null || p.EffectiveTo >= today))
                    .Select(p => p.Name).FirstOrDefault(),
                u.People.Where(p => p.Role == PersonRole.Liaison && p.EffectiveFrom <= today && (p.EffectiveTo == null || p.EffectiveTo >= today))
                    .Select(p => p.Name).ToList()))
            .ToListAsync();
    }

    public sealed record UnitRow(int Id, string Name, string ShortName, UnitKind Kind, int SortOrder, bool IsActive, string? PersonInCharge, List<string> Liaisons);
}
