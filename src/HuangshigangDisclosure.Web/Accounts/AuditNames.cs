using HuangshigangDisclosure.Core.Auditing;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Accounts;

public static class AuditNames
{
    public static string Display(IStringLocalizer localizer, AuditAction action) =>
        localizer["AuditAction_" + action];
}
