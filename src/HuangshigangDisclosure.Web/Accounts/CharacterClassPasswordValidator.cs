using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>The <c>Accounts:Password</c> settings: length and how many of the four character classes.</summary>
public sealed class PasswordSettings
{
    public int MinimumLength { get; set; } = PasswordRule.Default.MinimumLength;

    public int RequiredCharacterClasses { get; set; } = PasswordRule.Default.RequiredCharacterClasses;

    public PasswordRule ToRule() => new(MinimumLength, RequiredCharacterClasses);
}

/// <summary>Applies <see cref="PasswordRule"/>: Identity's own options can only demand every class at once.</summary>
public sealed class CharacterClassPasswordValidator(IOptions<PasswordSettings> settings, IStringLocalizer<Strings> localizer)
    : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var rule = settings.Value.ToRule();
        password ??= "";
        var errors = new List<IdentityError>();
        if (!rule.IsLongEnough(password))
        {
            errors.Add(new IdentityError { Code = "PasswordTooShort", Description = localizer[nameof(Strings.Password_TooShort), rule.MinimumLength] });
        }

        if (!rule.HasEnoughClasses(password))
        {
            errors.Add(new IdentityError { Code = "PasswordClasses", Description = localizer[nameof(Strings.Password_Classes), rule.RequiredCharacterClasses] });
        }

        if (user.UserName is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = localizer[nameof(Strings.Password_ContainsUserName)] });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
