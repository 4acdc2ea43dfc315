namespace HuangshigangDisclosure.Core.Bulletins;

/// <summary>一, 二 … 九十九: how official documents number their parts (一、 and （一）).</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        if (n < 10)
        {
            return Digits[n];
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : Digits[tens]) + "十" + (ones == 0 ? "" : Digits[ones]);
    }
}
