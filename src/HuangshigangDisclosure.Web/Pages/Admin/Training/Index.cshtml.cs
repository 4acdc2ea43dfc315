using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Admin.Training;

/// <summary>培训记录: the sessions, newest first, with how many people and units attended.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Sessions = await db.TrainingSessions.AsNoTracking()
            .OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)
            .Select(s => new SessionRow(s.Id, s.HeldOn, s.Topic, s.Location, s.Attendees.Count, s.Attendees.Select(a => a.UnitId).Distinct().Count()))
            .ToListAsync();
    }

    public sealed record SessionRow(int Id, DateOnly HeldOn, string Topic, string? Location, int Attendees, int Units);
}
