namespace HuangshigangDisclosure.Core.Units;

/// <summary>单位: a district department, street office or the management zone.</summary>
public class Unit
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string ShortName { get; set; }

    public UnitKind Kind { get; set; }

    /// <summary>Position in lists and bulletins (the office's customary order).</summary>
    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Optimistic-concurrency token, renewed on every save.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<UnitPerson> People { get; set; } = [];

    public List<Handover> Handovers { get; set; } = [];

    /// <summary>Whether the unit is scored like a street (streets and the management zone share a quota).</summary>
    public bool IsStreetLike => Kind is UnitKind.Street or UnitKind.ManagementZone;

    /// <summary>The people holding a role on <paramref name="day"/>.</summary>
    public IEnumerable<UnitPerson> CurrentPeople(DateOnly day) => People.Where(p => p.IsCurrentOn(day));

    /// <summary>
    /// Appoints <paramref name="successor"/> to the role held by <paramref name="predecessor"/>:
    /// the predecessor's term ends the day before, and the change is recorded as a handover
    /// (工作交接). Nothing is overwritten, so the unit's history shows who was responsible when.
    /// </summary>
    public Handover ReplacePerson(UnitPerson predecessor, UnitPerson successor, DateOnly effectiveOn, string? note)
    {
        ArgumentNullException.ThrowIfNull(predecessor);
        ArgumentNullException.ThrowIfNull(successor);
        if (!People.Contains(predecessor))
        {
            throw new InvalidOperationException("The predecessor does not belong to this unit.");
        }

        if (!predecessor.IsCurrentOn(effectiveOn))
        {
            throw new InvalidOperationException("The predecessor is not in office on the handover date.");
        }

        if (effectiveOn <= predecessor.EffectiveFrom)
        {
            throw new InvalidOperationException("A handover must come after the predecessor took office.");
        }

        predecessor.EffectiveTo = effectiveOn.AddDays(-1);
        successor.Role = predecessor.Role;
        successor.EffectiveFrom = effectiveOn;
        successor.EffectiveTo = null;
        AddPerson(successor);

        var handover = new Handover
        {
            Unit = this,
            Role = predecessor.Role,
            From = predecessor,
            To = successor,
            HandedOverOn = effectiveOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        Handovers.Add(handover);
        return handover;
    }

    public void AddPerson(UnitPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        person.Unit = this;
        People.Add(person);
    }
}
