namespace HuangshigangDisclosure.Core.Accounts;

/// <summary>
/// The password rule of the district's security baseline (等保 2.0 practice): a minimum length and
/// a number of the four character classes (upper case, lower case, digits, symbols).
/// </summary>
public sealed record PasswordRule(int MinimumLength, int RequiredCharacterClasses)
{
    public static PasswordRule Default { get; } = new(10, 3);

    public int CountCharacterClasses(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var upper = password.Any(char.IsUpper);
        var lower = password.Any(char.IsLower);
        var digit = password.Any(char.IsAsciiDigit);
        var symbol = password.Any(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c));
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    public bool IsLongEnough(string password) => password.Length >= MinimumLength;

    public bool HasEnoughClasses(string password) => CountCharacterClasses(password) >= RequiredCharacterClasses;

    public bool IsSatisfiedBy(string password) => IsLongEnough(password) && HasEnoughClasses(password);
}
