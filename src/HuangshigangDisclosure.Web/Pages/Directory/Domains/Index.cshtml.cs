using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Directory.Domains;

/// <summary>The district's disclosure domains (公开领域) with how many active entries each holds.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<DomainRow> Domains { get; private set; } = [];

    public async Task OnGetAsync() =>
        Domains = await db.DisclosureDomains.AsNoTracking()
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
            .Select(d => new DomainRow(d.Id, d.Code, d.Name, d.SortOrder, d.Entries.Count(e => e.IsActive)))
            .ToListAsync();

    public sealed record DomainRow(int Id, string Code, string Name, int SortOrder, int EntryCount);
}
