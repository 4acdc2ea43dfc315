using System.Security.Claims;
using HuangshigangDisclosure.Data.Auditing;

namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>The signed-in user and client address of the current request, for the audit trail.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private HttpContext? Http => accessor.HttpContext;

    public string? UserId => Http?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => Http?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";

    public string? ClientIp => Http?.Connection.RemoteIpAddress?.ToString();
}
