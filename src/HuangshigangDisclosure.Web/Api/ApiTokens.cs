using System.Security.Cryptography;
using System.Text;
using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Api;

/// <summary>
/// Issues and checks API tokens. A token is 32 random bytes (base64url) with a recognisable prefix;
/// only its SHA-256 is stored, so a database copy does not leak usable tokens.
/// </summary>
public sealed class ApiTokens(AppDbContext db, TimeProvider clock)
{
    private const string Prefix = "hsg_";

    public sealed record Issued(ApiToken Token, string Secret);

    public async Task<Issued> IssueAsync(ApplicationUser user, string name, string issuedBy)
    {
        ArgumentNullException.ThrowIfNull(user);
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Name = name.Trim(),
            UserId = user.Id,
            TokenHash = Hash(secret),
            Prefix = secret[..10],
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = issuedBy,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return new Issued(token, secret);
    }

    /// <summary>The active token's owner, or null for an unknown or revoked token.</summary>
    public async Task<(ApiToken Token, ApplicationUser User)?> FindAsync(string secret)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Hash(secret);
        var match = await db.ApiTokens
            .Where(t => t.TokenHash == hash && t.RevokedAtUtc == null)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .FirstOrDefaultAsync();
        return match is null ? null : (match.Token, match.User);
    }

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
