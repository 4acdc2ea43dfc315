namespace HuangshigangDisclosure.Core.Accounts;

/// <summary>The three roles of design §1. The names are stored in the database: do not rename.</summary>
public static class AppRoles
{
    /// <summary>管理员: staff of the district openness office.</summary>
    public const string Admin = "Admin";

    /// <summary>联络员: records their own unit's data; bound to one unit.</summary>
    public const string Liaison = "Liaison";

    /// <summary>领导: reads everything, changes nothing.</summary>
    public const string Leader = "Leader";

    public static IReadOnlyList<string> All { get; } = [Admin, Liaison, Leader];
}
