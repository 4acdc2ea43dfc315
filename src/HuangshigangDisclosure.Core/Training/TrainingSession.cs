namespace HuangshigangDisclosure.Core.Training;

/// <summary>培训: a training session of the openness office (条例 Art. 48: governments must train staff).</summary>
public class TrainingSession
{
    public int Id { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Topic { get; set; }

    public string? Location { get; set; }

    public List<TrainingAttendance> Attendees { get; set; } = [];
}

/// <summary>Who attended, for which unit; linked to the unit's person record when they are one.</summary>
public class TrainingAttendance
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public TrainingSession? Session { get; set; }

    public int UnitId { get; set; }

    public required string PersonName { get; set; }

    public int? UnitPersonId { get; set; }
}
