using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>Display names of roles and enum values in the user's language.</summary>
public static class RoleNames
{
    public static string Display(IStringLocalizer localizer, string role) => role switch
    {
        AppRoles.Admin => localizer[nameof(Strings.Role_Admin)],
        AppRoles.Liaison => localizer[nameof(Strings.Role_Liaison)],
        AppRoles.Leader => localizer[nameof(Strings.Role_Leader)],
        _ => role,
    };

    public static string Display(IStringLocalizer localizer, UnitKind kind) => kind switch
    {
        UnitKind.Department => localizer[nameof(Strings.UnitKind_Department)],
        UnitKind.Street => localizer[nameof(Strings.UnitKind_Street)],
        UnitKind.ManagementZone => localizer[nameof(Strings.UnitKind_ManagementZone)],
        _ => localizer[nameof(Strings.UnitKind_Other)],
    };

    public static string Display(IStringLocalizer localizer, PersonRole role) => role switch
    {
        PersonRole.PersonInCharge => localizer[nameof(Strings.PersonRole_PersonInCharge)],
        PersonRole.LeaderInCharge => localizer[nameof(Strings.PersonRole_LeaderInCharge)],
        _ => localizer[nameof(Strings.PersonRole_Liaison)],
    };
}
