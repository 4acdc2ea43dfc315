namespace HuangshigangDisclosure.Core.Units;

/// <summary>工作交接: one person handing a role over to another on a date.</summary>
public class Handover
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public PersonRole Role { get; set; }

    public int FromId { get; set; }

    public UnitPerson? From { get; set; }

    public int ToId { get; set; }

    public UnitPerson? To { get; set; }

    public DateOnly HandedOverOn { get; set; }

    public string? Note { get; set; }
}
