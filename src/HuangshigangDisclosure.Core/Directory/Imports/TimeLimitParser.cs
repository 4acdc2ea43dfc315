using System.Text;
using System.Text.RegularExpressions;

namespace HuangshigangDisclosure.Core.Directory.Imports;

/// <summary>The machine-readable side of a 公开时限: a cycle, and for "within N days" the count and its kind.</summary>
public sealed record TimeLimit(DisclosureCycle Cycle, int? Days = null, bool WorkingDays = true)
{
    public static TimeLimit Within(int days, bool workingDays) => new(DisclosureCycle.WithinDays, days, workingDays);

    public static TimeLimit Every(DisclosureCycle cycle) => new(cycle);
}

/// <summary>
/// Reads the cycle out of a directory's 公开时限 wording. Directories word limits many ways
/// (信息形成或者变更之日起20个工作日内, 颁布或印发之日起5个工作日内, 批复后20日内, 每季度, 长期公开),
/// so the rules, in order of precedence:
/// <list type="number">
/// <item>an explicit period — 每月/按月, 每季度/按季度, 每年/按年 — wins, so 每月10日内 is monthly;</item>
/// <item>then the first "N个工作日内" (working days) or "N日内/N天内/N个自然日内" (calendar days);
///   批复后20日内 counts calendar days (预算法 Art. 14), and in 制定或获取信息之日起10个工作日内，公示7个工作日
///   the limit is the first count, the second being how long the notice stays up;</item>
/// <item>then a bare 月度/季度/年度 (年度报告 → yearly);</item>
/// <item>then 实时/及时/长期公开 or 常态化 (kept current, no fixed date).</item>
/// </list>
/// Anything else is not guessed: the answer is null and the importer asks for a clearer wording.
/// </summary>
public static partial class TimeLimitParser
{
    /// <summary>The longest limit accepted, as on the entry form.</summary>
    public const int MaxDays = 366;

    public static TimeLimit? Parse(string? text)
    {
        var plain = Plain(text);
        if (plain.Length == 0)
        {
            return null;
        }

        if (ExplicitPeriod().Match(plain) is { Success: true } period)
        {
            return TimeLimit.Every(CycleOf(period.Value));
        }

        if (DayCount().Match(plain) is { Success: true } count)
        {
            var days = Number(count.Groups["n"].Value);
            return days is >= 1 and <= MaxDays ? TimeLimit.Within(days.Value, count.Groups["unit"].Value == "工作日") : null;
        }

        if (BarePeriod().Match(plain) is { Success: true } bare)
        {
            return TimeLimit.Every(CycleOf(bare.Value));
        }

        return Continuous().IsMatch(plain) ? TimeLimit.Every(DisclosureCycle.Continuous) : null;
    }

    private static DisclosureCycle CycleOf(string period) =>
        period.Contains('季', StringComparison.Ordinal) ? DisclosureCycle.Quarterly
        : period.Contains('月', StringComparison.Ordinal) ? DisclosureCycle.Monthly
        : DisclosureCycle.Annually;

    /// <summary>Full-width digits as ASCII (２０ → 20), and no white space, so "20 个 工作日内" reads as written.</summary>
    private static string Plain(string? text)
    {
        var folded = (text ?? "").Normalize(NormalizationForm.FormKC);
        var plain = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(c => !char.IsWhiteSpace(c)))
        {
            plain.Append(c);
        }

        return plain.ToString();
    }

    /// <summary>"20" or a Chinese numeral up to the hundreds (五, 十五, 二十, 两, 一百零五); null when it is neither.</summary>
    public static int? Number(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var total = 0;
        int? digit = null;
        foreach (var c in text)
        {
            var value = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c is '〇')
            {
                value = 0;
            }
            else if (c is '两')
            {
                value = 2;
            }

            if (value >= 0)
            {
                if (digit is not null && value != 0)
                {
                    return null; // 二二: not a number anyone writes
                }

                digit = value == 0 ? null : value;
            }
            else if (c is '十' or '百')
            {
                total += (digit ?? 1) * (c == '十' ? 10 : 100);
                digit = null;
            }
            else
            {
                return null;
            }
        }

        total += digit ?? 0;
        return total == 0 ? null : total;
    }

    [GeneratedRegex("(?:每|按|逐)(?:一)?(?:个)?(?:季度|季|月|年)")]
    private static partial Regex ExplicitPeriod();

    // 日 alone is a calendar day; 工作日 is tried first so that 20个工作日内 is never read as 20 日.
    [GeneratedRegex("(?<n>[0-9]+|[零〇一二两三四五六七八九十百]+)个?(?<unit>工作日|自然日|日|天)(?:之内|以内|内)")]
    private static partial Regex DayCount();

    [GeneratedRegex("季度|月度|年度")]
    private static partial Regex BarePeriod();

    [GeneratedRegex("实时|及时|长期|常态化|随时")]
    private static partial Regex Continuous();
}
