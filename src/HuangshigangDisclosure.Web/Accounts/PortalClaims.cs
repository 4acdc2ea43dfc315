namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>Claims the portal adds to a signed-in user.</summary>
public static class PortalClaims
{
    public const string UnitId = "hsg:unit";
    public const string DisplayName = "hsg:display-name";
    public const string MustChangePassword = "hsg:must-change-password";
}
