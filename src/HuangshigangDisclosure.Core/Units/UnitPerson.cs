namespace HuangshigangDisclosure.Core.Units;

/// <summary>
/// A person holding one role in a unit for a period. A change of person closes this term and
/// opens a new one (see <see cref="Unit.ReplacePerson"/>), so history is never overwritten.
/// </summary>
public class UnitPerson
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public PersonRole Role { get; set; }

    public required string Name { get; set; }

    public string? Phone { get; set; }

    /// <summary>Job title or department within the unit, e.g. 办公室主任.</summary>
    public string? Position { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Last day in the role; null while still in office.</summary>
    public DateOnly? EffectiveTo { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsCurrentOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
}
