using System.Globalization;
using System.Security.Claims;
using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>Puts the liaison's unit, the display name and the must-change-password flag into the cookie.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(PortalClaims.UnitId, unitId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
