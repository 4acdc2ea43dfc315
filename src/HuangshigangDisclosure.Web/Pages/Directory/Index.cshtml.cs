using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Directory;

/// <summary>The standard directory, grouped by domain. Every signed-in user reads all of it: the directory is public within the portal.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Domain { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public DisclosureCycle? Cycle { get; set; }

    /// <summary>"active" (default), "inactive" or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "active";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<DomainOption> DomainOptions { get; private set; } = [];

    public IReadOnlyList<UnitOption> UnitOptions { get; private set; } = [];

    public IReadOnlyList<DomainGroup> Groups { get; private set; } = [];

    public int Count { get; private set; }

    public async Task OnGetAsync()
    {
        DomainOptions = await db.DisclosureDomains.AsNoTracking()
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
            .Select(d => new DomainOption(d.Id, d.Code, d.Name))
            .ToListAsync();
        UnitOptions = await db.Units.AsNoTracking()
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitOption(u.Id, u.Name, u.IsActive))
            .ToListAsync();

        var query = db.DirectoryEntries.AsNoTracking();
        if (Domain is { } domain)
        {
            query = query.Where(e => e.DomainId == domain);
        }

        if (Unit is { } unit)
        {
            query = query.Where(e => e.ResponsibleUnits.Any(l => l.UnitId == unit));
        }

        if (Cycle is { } cycle)
        {
            query = query.Where(e => e.Cycle == cycle);
        }

        query = Status switch
        {
            "inactive" => query.Where(e => !e.IsActive),
            "all" => query,
            _ => query.Where(e => e.IsActive),
        };
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(e => e.Code.Contains(q) || e.Level1.Contains(q) || e.Level2.Contains(q) || e.Content.Contains(q) || e.Publisher.Contains(q));
        }

        var entries = await query
            .OrderBy(e => e.Code)
            .Select(e => new EntryRow(
                e.Id, e.DomainId, e.Code, e.Level1, e.Level2, e.TimeLimitText, e.Cycle, e.CycleDays, e.CycleWorkingDays,
                e.ResponsibleUnits.Select(l => l.UnitId).ToList(), e.Channels, e.Audience, e.Mode, e.Level, e.IsActive))
            .ToListAsync();

        Count = entries.Count;
        var byDomain = entries.ToLookup(e => e.DomainId);
        Groups = DomainOptions.Where(d => byDomain.Contains(d.Id)).Select(d => new DomainGroup(d, byDomain[d.Id].ToList())).ToList();
    }

    /// <summary>The names of the entry's responsible units, in the units' customary order.</summary>
    public string UnitNames(EntryRow entry) =>
        string.Join('、', UnitOptions.Where(u => entry.UnitIds.Contains(u.Id)).Select(u => u.Name));

    public sealed record DomainOption(int Id, string Code, string Name);

    public sealed record UnitOption(int Id, string Name, bool IsActive);

    public sealed record DomainGroup(DomainOption Domain, IReadOnlyList<EntryRow> Entries);

    public sealed record EntryRow(
        int Id, int DomainId, string Code, string Level1, string Level2, string TimeLimitText, DisclosureCycle Cycle, int? CycleDays, bool CycleWorkingDays,
        List<int> UnitIds, string Channels, string Audience, string Mode, string Level, bool IsActive);
}
