using System.Text.Encodings.Web;
using System.Text.Json;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Data.Auditing;

namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>Records account events (log-in, lockout, password and role changes) in the audit trail.</summary>
public sealed class AccountAudit(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="subject">The account the event is about (for a log-in, the user name typed).</param>
    /// <param name="details">What changed, e.g. { "role": { "old": "Liaison", "new": "Admin" } }.</param>
    /// <param name="actorName">Who acted, when no one is signed in yet (a log-in attempt).</param>
    public async Task RecordAsync(AuditAction action, string subject, object? details = null, string? actorName = null, string? actorId = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actorId ?? actor.UserId,
            UserName = actorName ?? actor.UserName,
            ClientIp = actor.ClientIp,
            Action = action,
            EntityType = "Account",
            EntityId = subject,
            Changes = details is null ? null : JsonSerializer.Serialize(details, JsonOptions),
        });
        await db.SaveChangesAsync();
    }
}
