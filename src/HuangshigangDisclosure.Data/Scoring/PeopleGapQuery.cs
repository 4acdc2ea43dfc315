using HuangshigangDisclosure.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Data.Scoring;

/// <summary>What <see cref="PeopleGaps"/> reads: people's terms, handovers and training attendances.</summary>
public sealed record PeopleGapFacts(IReadOnlyList<PersonTerm> People, IReadOnlyList<HandoverFact> Handovers, IReadOnlyList<AttendanceFact> Attendances)
{
    public IReadOnlyList<PeopleGap> GapsOn(DateOnly day) => PeopleGaps.Find(People, Handovers, Attendances, day);
}

/// <summary>Three commands (people, handovers, attendances) for one unit or for every active unit.</summary>
public static class PeopleGapQuery
{
    public static async Task<PeopleGapFacts> LoadAsync(AppDbContext db, int? unitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = await db.UnitPeople.AsNoTracking()
            .Where(p => unitId == null ? p.Unit!.IsActive : p.UnitId == unitId)
            .Select(p => new PersonTerm(p.Id, p.UnitId, p.Role, p.Name, p.EffectiveFrom, p.EffectiveTo))
            .ToListAsync(cancellationToken);
        var handovers = await db.Handovers.AsNoTracking()
            .Where(h => unitId == null || h.UnitId == unitId)
            .Select(h => new HandoverFact(h.UnitId, h.Role, h.FromId, h.ToId, h.HandedOverOn))
            .ToListAsync(cancellationToken);
        var attendances = await db.TrainingAttendances.AsNoTracking()
            .Where(a => unitId == null || a.UnitId == unitId)
            .Select(a => new AttendanceFact(a.UnitId, a.PersonName, a.UnitPersonId, a.Session!.HeldOn))
            .ToListAsync(cancellationToken);
        return new(people, handovers, attendances);
    }
}
