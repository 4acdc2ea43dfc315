using System.Globalization;
using System.Text.RegularExpressions;

namespace HuangshigangDisclosure.Core.Bulletins;

/// <summary>One placeholder: its name as written between {{ }}, what it stands for, and how it renders.</summary>
/// <param name="IsBlock">Stands alone on its line and renders as a block (the streets' table), not as text.</param>
public sealed record BulletinPlaceholder(string Name, string Description, Func<BulletinFacts, string> Render, bool IsBlock = false)
{
    public string Token => "{{" + Name + "}}";
}

/// <summary>
/// The figures a draft's text links to: {{全区信息总数}} and the like stay in the stored text and render from
/// the current figures on every view, until issuing freezes them. Phrases that name units ({{达标情况}})
/// handle one, several or none in natural Chinese ("仅有沈家营街道达标", "均未达标").
/// </summary>
public static partial class BulletinPlaceholders
{
    /// <summary>The streets' table: a line holding only this token becomes a real table.</summary>
    public const string StreetTable = "街道表";

    public static IReadOnlyList<BulletinPlaceholder> All { get; } =
    [
        new("全区信息总数", "全区本季度主动公开信息条数（计入考核的渠道）", f => N(f.DistrictTotal)),
        new("比较完备单位", "主动公开比较完备的单位及其条数", MostComplete),
        new("公开领域数", "基层政务公开领域数", f => N(f.Directory.Domains)),
        new("目录事项数", "目录事项数（在用）", f => N(f.Directory.Entries)),
        new("目录编制情况", "目录编制完成情况", DirectoryStatus),
        new("培训会", "本季度召开的培训会", Trainings),
        new("培训缺口", "负责人、联络员未参加培训或交接后未培训的单位", PeopleGaps),
        new("新媒体账号数", "全区政务新媒体账号数", f => N(f.NewMedia.Accounts)),
        new("新媒体合规数", "备案齐全、更新及时的政务新媒体数", f => N(f.NewMedia.Compliant)),
        new("新媒体关停情况", "已关停、注销及拟关停的账号", NewMediaClosures),
        new("新媒体问题", "更新不及时或备案不全的账号", NewMediaProblems),
        new("月度考核条数", "街道（管理区）每月应更新条数", f => N(f.StreetMonthlyMinimum)),
        new("季度考核条数", "街道（管理区）每季度应更新条数", f => N(f.StreetQuarterMinimum)),
        new("街道平均条数", "街道（管理区）平均更新条数（取整）", f => N(f.StreetAverageInProse)),
        new("街道更新情况", "各街道（管理区）更新条数", Streets),
        new("达标情况", "哪些街道（管理区）达标", Met),
        new(StreetTable, "各街道（管理区）更新情况表（单独一行）", _ => "", IsBlock: true),
        new("更新问题", "长期不更新、经提醒后集中突击更新的单位", UpdateProblems),
        new("解读单位", "本季度提供解读材料的单位", f => Join(f.Interpretations.Select(i => i.Name))),
        new("解读情况", "哪些单位以何种形式提供了解读材料", Interpretations),
    ];

    private static readonly Dictionary<string, BulletinPlaceholder> ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static string TokenOf(string name) => ByName.TryGetValue(name, out var p) ? p.Token : throw new ArgumentException($"No placeholder {name}.", nameof(name));

    /// <summary>The text with every known inline placeholder rendered; unknown ones and the table line are kept as written.</summary>
    public static string Render(string text, BulletinFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Token().Replace(text ?? "", m =>
            ByName.TryGetValue(m.Groups[1].Value.Trim(), out var placeholder) && !placeholder.IsBlock ? placeholder.Render(facts) : m.Value);
    }

    /// <summary>The placeholder names in the text that are not known (a typing mistake shows beside the editor).</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        [.. Token().Matches(text ?? "").Select(m => m.Groups[1].Value.Trim()).Where(n => !ByName.ContainsKey(n)).Distinct()];

    /// <summary>Whether a paragraph is the streets' table line.</summary>
    public static bool IsStreetTable(string paragraph) =>
        Token().Match(paragraph.Trim()) is { Success: true } m && m.Value.Length == paragraph.Trim().Length && m.Groups[1].Value.Trim() == StreetTable;

    [GeneratedRegex(@"\{\{([^{}]{1,30})\}\}")]
    private static partial Regex Token();

    internal static string N(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "—";

    internal static string Day(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Month}月{day.Day}日");

    internal static string Join(IEnumerable<string> names) => string.Join('、', names);

    private static string MostComplete(BulletinFacts f) =>
        f.MostComplete.Count == 0 ? "暂无" : string.Join('，', f.MostComplete.Select(c => $"{c.Name}主动公示信息{N(c.Items)}条"));

    private static string DirectoryStatus(BulletinFacts f)
    {
        var d = f.Directory;
        if (d.Domains == 0 || d.DomainsWithEntries == 0)
        {
            return "目前尚未编制基层政务公开目录";
        }

        return d.DomainsWithEntries >= d.Domains
            ? $"目前已全部完成基层政务公开目录编制工作，共梳理目录事项{N(d.Entries)}项"
            : $"目前已完成{N(d.DomainsWithEntries)}个领域的目录编制工作，尚有{N(d.Domains - d.DomainsWithEntries)}个领域未完成";
    }

    private static string Trainings(BulletinFacts f) =>
        f.Trainings.Count == 0
            ? "本季度未召开政务公开业务培训会"
            : Join(f.Trainings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.HeldOn.Month}月份召开{t.Topic}")));

    private static string PeopleGaps(BulletinFacts f)
    {
        if (f.PeopleGaps.Count == 0)
        {
            return "各单位具体负责人、联络员均已参加培训";
        }

        return string.Join('；', f.PeopleGaps.Select(g =>
        {
            var parts = new List<string>();
            if (g.UntrainedSuccessors.Count > 0)
            {
                parts.Add(g.TrainedPredecessorLeft
                    ? $"原{Join(g.UntrainedSuccessors)}参训后工作调整，接任人员未参加培训"
                    : $"新任{Join(g.UntrainedSuccessors)}未参加培训");
            }

            if (g.Untrained.Count > 0)
            {
                parts.Add($"{Join(g.Untrained)}未参加培训");
            }

            return g.Name + string.Join('，', parts);
        }));
    }

    private static string NewMediaClosures(BulletinFacts f)
    {
        if (f.NewMediaClosures.Count == 0)
        {
            return "暂无需关停的政务新媒体";
        }

        return string.Join('；', f.NewMediaClosures.Select(c =>
        {
            var held = $"{c.Name}管理的{N(c.Accounts)}个政务新媒体账号";
            if (c.Closed > 0)
            {
                return c.Planned > 0
                    ? $"{held}目前已注销关停{N(c.Closed)}个，并将持续注销关停{N(c.Planned)}个"
                    : $"{held}目前已注销关停{N(c.Closed)}个";
            }

            return $"{held}将注销关停{N(c.Planned)}个";
        }));
    }

    private static string NewMediaProblems(BulletinFacts f)
    {
        var parts = new List<string>();
        if (f.NewMedia.Dormant > 0)
        {
            parts.Add($"{N(f.NewMedia.Dormant)}个账号更新不及时");
        }

        if (f.NewMedia.Unfiled > 0)
        {
            parts.Add($"{N(f.NewMedia.Unfiled)}个账号备案手续不全");
        }

        return parts.Count == 0 ? "无" : string.Join('、', parts);
    }

    private static string Streets(BulletinFacts f) =>
        f.Streets.Count == 0 ? "暂无" : string.Join('，', f.Streets.Select(s => $"{s.Name}更新{N(s.Total)}条"));

    /// <summary>仅有沈家营街道达标 / 江北管理区、沈家营街道达标 / 均未达标 / 均已达标.</summary>
    public static string Met(BulletinFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var judged = facts.Streets.Count;
        var met = facts.MetUnits;
        return (met.Count, judged) switch
        {
            (_, 0) => "暂无街道（管理区）",
            (0, _) => "均未达标",
            var (m, n) when m >= n => n == 1 ? $"{met[0]}达标" : "均已达标",
            (1, _) => $"仅有{met[0]}达标",
            _ => $"{Join(met)}达标",
        };
    }

    private static string UpdateProblems(BulletinFacts f)
    {
        var names = f.Silences.Select(s => s.Name).Concat(f.Bursts.Select(b => b.Name)).Distinct().ToList();
        if (names.Count == 0)
        {
            return "本季度未发现长期不更新或集中突击更新的情况";
        }

        return string.Join('；', names.Select(name =>
        {
            var parts = new List<string>();
            foreach (var s in f.Silences.Where(s => s.Name == name))
            {
                parts.Add($"自{Day(s.From)}至{Day(s.To)}连续{N(s.Days)}天未更新");
            }

            foreach (var b in f.Bursts.Where(b => b.Name == name))
            {
                var window = $"于{Day(b.StartsOn)}起{N(f.BurstWindowDays)}日内集中更新{N(b.Items)}条信息";
                parts.Add(b.ReminderSentOn is { } sent ? $"经{Day(sent)}提醒后{window}" : window);
            }

            return name + string.Join('，', parts);
        }));
    }

    /// <summary>只有区发改局、区司法局、区民政局提供部分文字解读材料 (units grouped by the forms they used).</summary>
    public static string Interpretations(BulletinFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Interpretations.Count == 0)
        {
            return "各单位均未提供政策解读材料";
        }

        var groups = new List<(List<string> Names, string Forms)>();
        foreach (var unit in facts.Interpretations)
        {
            var forms = Join(unit.Forms);
            var group = groups.FindIndex(g => g.Forms == forms);
            if (group < 0)
            {
                groups.Add(([unit.Name], forms));
            }
            else
            {
                groups[group].Names.Add(unit.Name);
            }
        }

        return "只有" + string.Join('，', groups.Select(g => $"{Join(g.Names)}提供部分{g.Forms}解读材料"));
    }
}
