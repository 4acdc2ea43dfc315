using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>Identity's messages in the user's language (Chinese by default) instead of its built-in English.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Strings> localizer) : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = localizer[nameof(Strings.Identity_DuplicateUserName), userName] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = localizer[nameof(Strings.Identity_InvalidUserName), userName ?? ""] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = localizer[nameof(Strings.Identity_PasswordMismatch)] };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = localizer[nameof(Strings.Password_TooShort), length] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = localizer[nameof(Strings.Common_ConcurrencyConflict)] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = localizer[nameof(Strings.Common_UnexpectedError)] };
}
