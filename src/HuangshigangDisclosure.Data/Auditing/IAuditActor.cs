namespace HuangshigangDisclosure.Data.Auditing;

/// <summary>Who is acting, as the audit trail records it. The web app supplies the signed-in user.</summary>
public interface IAuditActor
{
    string? UserId { get; }

    string UserName { get; }

    string? ClientIp { get; }
}

/// <summary>The actor outside any request: start-up seeding, command-line tools, migrations.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public string? UserId => null;

    public string UserName => "system";

    public string? ClientIp => null;
}
