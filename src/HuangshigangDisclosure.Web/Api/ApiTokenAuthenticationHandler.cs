using System.Security.Claims;
using System.Text.Encodings.Web;
using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Api;

/// <summary>
/// <c>Authorization: Bearer hsg_…</c> for machines. The token acts as the user it was issued for, with
/// that user's role and unit; a disabled user's tokens stop working at once.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    IUserClaimsPrincipalFactory<ApplicationUser> principals,
    AppDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var found = await tokens.FindAsync(header["Bearer ".Length..].Trim());
        if (found is not { } match || match.User.IsDisabled)
        {
            return AuthenticateResult.Fail("Unknown, revoked or disabled API token.");
        }

        // Record use at most once an hour: a busy script must not turn every read into a write.
        var now = clock.GetUtcNow().UtcDateTime;
        if (match.Token.LastUsedAtUtc is null || now - match.Token.LastUsedAtUtc > TimeSpan.FromHours(1))
        {
            match.Token.LastUsedAtUtc = now;
            await db.SaveChangesAsync();
        }

        // Identity names its identity after the cookie scheme; this one says it came from a token,
        // which is how CookieAntiforgeryFilter tells a machine from a browser.
        var cookieShaped = (ClaimsIdentity)(await principals.CreateAsync(match.User)).Identity!;
        var identity = new ClaimsIdentity(cookieShaped.Claims, SchemeName, cookieShaped.NameClaimType, cookieShaped.RoleClaimType);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await Response.WriteAsJsonAsync(new { status = 401, error = "unauthorized" });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(new { status = 403, error = "forbidden" });
    }
}
