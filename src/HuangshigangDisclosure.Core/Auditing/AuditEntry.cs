namespace HuangshigangDisclosure.Core.Auditing;

/// <summary>
/// One row of the audit trail: who changed what, when and from where. Rows are only ever
/// added; the data layer refuses to update or delete them.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>Stored in UTC; pages show China time.</summary>
    public DateTime OccurredAtUtc { get; set; }

    public string? UserId { get; set; }

    /// <summary>The user name at the time, or "system" for work done at start-up.</summary>
    public required string UserName { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>Entity type for data changes (e.g. Unit), or "Account" for account events.</summary>
    public required string EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>JSON object of changed properties: { "Name": { "old": …, "new": … } }, or event details.</summary>
    public string? Changes { get; set; }

    public string? ClientIp { get; set; }
}
