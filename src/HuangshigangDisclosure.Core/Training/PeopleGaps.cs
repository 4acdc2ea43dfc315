using HuangshigangDisclosure.Core.Text;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Training;

/// <summary>A person's term in a role, as the gap rule needs it.</summary>
public sealed record PersonTerm(int Id, int UnitId, PersonRole Role, string Name, DateOnly EffectiveFrom, DateOnly? EffectiveTo)
{
    public bool IsCurrentOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
}

/// <summary>A recorded handover: who handed a role to whom, on which day.</summary>
public sealed record HandoverFact(int UnitId, PersonRole Role, int FromId, int ToId, DateOnly HandedOverOn);

/// <summary>One attendance at a training session held on <paramref name="HeldOn"/>.</summary>
public sealed record AttendanceFact(int UnitId, string PersonName, int? UnitPersonId, DateOnly HeldOn);

public enum PeopleGapKind
{
    /// <summary>The current person in charge or liaison never attended a training.</summary>
    Untrained,

    /// <summary>The same, for a person who took the role over in a handover (工作交接) and was never trained.</summary>
    UntrainedSuccessor,
}

/// <summary>
/// A unit's training gap: who holds the role now, and, for a successor, whom they replaced and
/// whether that predecessor had been trained (the seed's case: trained staff left without handing
/// over to a trained successor).
/// </summary>
public sealed record PeopleGap(
    int UnitId,
    PeopleGapKind Kind,
    PersonRole Role,
    int PersonId,
    string PersonName,
    DateOnly? HandedOverOn = null,
    string? PredecessorName = null,
    bool PredecessorTrained = false);

/// <summary>
/// Training gaps (design §2, the seed's problem 1): a unit whose CURRENT person in charge or
/// liaison never attended a training. A person counts as trained when an attendance at a session
/// held on or before the check day names them: by their person record, or by the same unit and the
/// same name (so a person re-appointed to another role in the unit keeps their training). A current
/// person who came in through a handover is reported as an untrained successor, with the predecessor;
/// a handover to someone no longer in office is history and reported no more. The leader in charge
/// (分管领导) is not expected at the working-level training and is not checked.
/// </summary>
public static class PeopleGaps
{
    /// <summary>The roles that must have attended a training.</summary>
    public static IReadOnlySet<PersonRole> CheckedRoles { get; } = new HashSet<PersonRole> { PersonRole.PersonInCharge, PersonRole.Liaison };

    public static IReadOnlyList<PeopleGap> Find(
        IEnumerable<PersonTerm> people,
        IEnumerable<HandoverFact> handovers,
        IEnumerable<AttendanceFact> attendances,
        DateOnly checkDay)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(handovers);
        ArgumentNullException.ThrowIfNull(attendances);
        var everyone = people.ToList();
        var byId = everyone.ToDictionary(p => p.Id);
        var held = attendances.Where(a => a.HeldOn <= checkDay).ToList();
        var trainedIds = held.Where(a => a.UnitPersonId is not null).Select(a => a.UnitPersonId!.Value).ToHashSet();
        var trainedNames = held.Select(a => (a.UnitId, TextKey.Of(a.PersonName))).ToHashSet();
        bool Trained(PersonTerm person) => trainedIds.Contains(person.Id) || trainedNames.Contains((person.UnitId, TextKey.Of(person.Name)));

        // The latest handover into each person's term explains how they came to hold it.
        var arrivals = handovers
            .GroupBy(h => h.ToId)
            .ToDictionary(g => g.Key, g => g.MaxBy(h => h.HandedOverOn)!);

        var gaps = new List<PeopleGap>();
        foreach (var person in everyone
                     .Where(p => CheckedRoles.Contains(p.Role) && p.IsCurrentOn(checkDay) && !Trained(p))
                     .OrderBy(p => p.UnitId).ThenBy(p => p.Role).ThenBy(p => p.Id))
        {
            if (arrivals.TryGetValue(person.Id, out var handover))
            {
                var predecessor = byId.GetValueOrDefault(handover.FromId);
                gaps.Add(new PeopleGap(
                    person.UnitId, PeopleGapKind.UntrainedSuccessor, person.Role, person.Id, person.Name,
                    handover.HandedOverOn, predecessor?.Name, predecessor is not null && Trained(predecessor)));
            }
            else
            {
                gaps.Add(new PeopleGap(person.UnitId, PeopleGapKind.Untrained, person.Role, person.Id, person.Name));
            }
        }

        return gaps;
    }
}
