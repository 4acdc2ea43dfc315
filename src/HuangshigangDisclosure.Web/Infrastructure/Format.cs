using System.Globalization;
using HuangshigangDisclosure.Core.Time;

namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>How dates and times read on a page: 2022年10月21日 in Chinese, 2022-10-21 in English; times in China time.</summary>
public static class Format
{
    private static bool IsChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    public static string Date(DateOnly date) => IsChinese
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "—";

    /// <summary>A stored UTC instant shown in China time.</summary>
    public static string DateTime(DateTime utc)
    {
        var china = ChinaTime.ToChina(utc);
        return Date(DateOnly.FromDateTime(china)) + " " + china.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>A date as an &lt;input type="date"&gt; value.</summary>
    public static string IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
