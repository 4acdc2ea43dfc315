namespace HuangshigangDisclosure.Core.Accounts;

/// <summary>
/// A machine's credential for the JSON API, issued by an Admin for one user (whose role and unit it
/// acts with). Only a SHA-256 hash is stored; the token itself is shown once.
/// </summary>
public class ApiToken
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string UserId { get; set; }

    /// <summary>Hex SHA-256 of the token.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The first characters, so an Admin can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public bool IsActive => RevokedAtUtc is null;
}
