using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Units;

/// <summary>A unit, the people responsible now, and the history of who held each role (handovers included).</summary>
public class DetailsModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public UnitSummary Unit { get; private set; } = null!;

    public IReadOnlyList<PersonTerm> Current { get; private set; } = [];

    public IReadOnlyList<PersonTerm> Former { get; private set; } = [];

    public IReadOnlyList<HandoverRow> Handovers { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Current people in charge or liaisons who never attended a training.</summary>
    public IReadOnlyList<PeopleGap> Gaps { get; private set; } = [];

    /// <summary>Issued bulletins that name the unit, latest first.</summary>
    public IReadOnlyList<BulletinMentionRow> Bulletins { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        // Another unit's page is "not found" for a liaison: its existence is not confirmed.
        if (!me.CanRead(id))
        {
            return NotFound();
        }

        var unit = await db.Units.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new UnitSummary(u.Id, u.Name, u.ShortName, u.Kind, u.SortOrder, u.IsActive))
            .FirstOrDefaultAsync();
        if (unit is null)
        {
            return NotFound();
        }

        Unit = unit;
        Today = ChinaTime.Today(clock);
        var people = await db.UnitPeople.AsNoTracking()
            .Where(p => p.UnitId == id)
            .OrderBy(p => p.Role).ThenByDescending(p => p.EffectiveFrom)
            .Select(p => new PersonTerm(p.Id, p.Role, p.Name, p.Phone, p.Position, p.EffectiveFrom, p.EffectiveTo))
            .ToListAsync();
        Current = people.Where(p => p.IsCurrentOn(Today)).ToList();
        Former = people.Where(p => !p.IsCurrentOn(Today)).ToList();
        Handovers = await db.Handovers.AsNoTracking()
            .Where(h => h.UnitId == id)
            .OrderByDescending(h => h.HandedOverOn)
            .Select(h => new HandoverRow(h.HandedOverOn, h.Role, h.From!.Name, h.To!.Name, h.Note))
            .ToListAsync();
        Gaps = await UnitPeopleGaps.FindAsync(db, id, Today);
        var bulletins = await db.Bulletins.AsNoTracking()
            .Where(b => b.Status == BulletinStatus.Issued && b.Mentions.Any(m => m.UnitId == id))
            .Select(b => new BulletinMentionRow(b.Id, b.Quarter, b.Title, b.Number, b.Revision, b.IssuedOn))
            .ToListAsync();
        Bulletins = [.. bulletins.OrderByDescending(b => b.Quarter).ThenByDescending(b => b.Revision)];
        return Page();
    }

    public sealed record UnitSummary(int Id, string Name, string ShortName, UnitKind Kind, int SortOrder, bool IsActive);

    public sealed record PersonTerm(int Id, PersonRole Role, string Name, string? Phone, string? Position, DateOnly EffectiveFrom, DateOnly? EffectiveTo)
    {
        public bool IsCurrentOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
    }

    public sealed record BulletinMentionRow(int Id, Quarter Quarter, string Title, int? Number, int Revision, DateOnly? IssuedOn)
    {
        public string? NumberLabel => Number is { } n ? Bulletin.NumberLabelOf(Quarter.Year, n) : null;
    }

    public sealed record HandoverRow(DateOnly On, PersonRole Role, string From, string To, string? Note);
}
