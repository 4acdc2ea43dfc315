using Microsoft.AspNetCore.Identity;

namespace HuangshigangDisclosure.Data;

/// <summary>An account. Users log in by user name; a Liaison is bound to one unit.</summary>
public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The unit a Liaison records for; null for Admins and Leaders.</summary>
    public int? UnitId { get; set; }

    /// <summary>Set when an Admin creates the account or resets its password.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Disabled accounts cannot log in; nothing is deleted.</summary>
    public bool IsDisabled { get; set; }
}
