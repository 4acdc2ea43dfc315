using System.Globalization;
using System.Security.Claims;
using HuangshigangDisclosure.Core.Accounts;

namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>
/// The signed-in user as the portal's rules see them. Unit scoping is decided here, once:
/// Admins and Leaders read every unit; a Liaison reads and writes only their own.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => Principal.Identity?.Name ?? "";

    public string DisplayName => Principal.FindFirstValue(PortalClaims.DisplayName) is { Length: > 0 } name ? name : UserName;

    public bool IsAdmin => Principal.IsInRole(AppRoles.Admin);

    public bool IsLeader => Principal.IsInRole(AppRoles.Leader);

    public bool IsLiaison => Principal.IsInRole(AppRoles.Liaison);

    /// <summary>The liaison's own unit; null for Admins and Leaders.</summary>
    public int? UnitId => int.TryParse(Principal.FindFirstValue(PortalClaims.UnitId), CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Whether the user may read a unit's records.</summary>
    public bool CanRead(int unitId) => IsAdmin || IsLeader || (IsLiaison && UnitId == unitId);

    /// <summary>Whether the user may record or change a unit's records (Leaders never write).</summary>
    public bool CanWrite(int unitId) => IsAdmin || (IsLiaison && UnitId == unitId);

    /// <summary>The one unit a liaison is confined to, or null when the user sees all units.</summary>
    public int? ScopeUnitId => IsAdmin || IsLeader ? null : UnitId ?? -1;
}
