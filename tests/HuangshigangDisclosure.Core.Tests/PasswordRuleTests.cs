using HuangshigangDisclosure.Core.Accounts;

namespace HuangshigangDisclosure.Core.Tests;

public class PasswordRuleTests
{
    private readonly PasswordRule _rule = PasswordRule.Default;

    [Theory]
    [InlineData("abcdefghij", 1)]
    [InlineData("abcdeFGHIJ", 2)]
    [InlineData("abcdeFGH12", 3)]
    [InlineData("abcdeFG12!", 4)]
    [InlineData("中文密码abc123", 2)]
    public void Counts_the_character_classes(string password, int expected) =>
        Assert.Equal(expected, _rule.CountCharacterClasses(password));

    [Theory]
    [InlineData("Abcdefgh1", false)] // 9 characters
    [InlineData("abcdefghij12", false)] // 2 classes
    [InlineData("abcdefgh12!", true)] // lower, digit, symbol
    [InlineData("ABCDEFGH12a", true)]
    [InlineData("Hsg@2022demo", true)]
    public void Needs_ten_characters_from_three_of_four_classes(string password, bool ok) =>
        Assert.Equal(ok, _rule.IsSatisfiedBy(password));

    [Fact]
    public void A_stricter_configuration_is_honoured()
    {
        var strict = new PasswordRule(12, 4);
        Assert.False(strict.IsSatisfiedBy("abcdefgh12!X"[..11]));
        Assert.False(strict.IsSatisfiedBy("abcdefgh12XY"));
        Assert.True(strict.IsSatisfiedBy("abcdefgh12X!"));
    }
}
