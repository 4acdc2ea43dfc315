namespace HuangshigangDisclosure.Core.Reminders;

/// <summary>
/// 提醒/督办: the office reminds one or more units on a date. A dated fact: the scoring looks for
/// bursts of publications within days after a reminder (经提醒后一次性更新数条信息).
/// </summary>
public class Reminder
{
    public int Id { get; set; }

    public required string Text { get; set; }

    public DateOnly SentOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public string SentBy { get; set; } = "";

    public List<ReminderRecipient> Recipients { get; set; } = [];
}

/// <summary>A unit a reminder was sent to, and whether its liaison acknowledged it.</summary>
public class ReminderRecipient
{
    public int ReminderId { get; set; }

    public Reminder? Reminder { get; set; }

    public int UnitId { get; set; }

    public DateTime? AcknowledgedAtUtc { get; set; }

    public string? AcknowledgedBy { get; set; }
}
