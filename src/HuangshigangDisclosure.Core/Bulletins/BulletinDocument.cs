using System.Globalization;
using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Scoring;

namespace HuangshigangDisclosure.Core.Bulletins;

/// <summary>A block of a bulletin's body.</summary>
public abstract record BulletinBlock;

/// <summary>A paragraph; <paramref name="Lead"/> is its run-in second-level heading (（一）基层政务公开进一步规范。).</summary>
public sealed record BulletinParagraph(string? Lead, string Text) : BulletinBlock;

/// <summary>A table with a header row (the streets' table).</summary>
public sealed record BulletinTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : BulletinBlock;

/// <summary>一、总体情况 and its blocks.</summary>
public sealed record BulletinPart(string Heading, IReadOnlyList<BulletinBlock> Blocks);

/// <summary>
/// A bulletin laid out for reading, printing and Word: the rendered text split into paragraphs, run-in
/// headings found, the streets' table line turned into a table from the figures.
/// </summary>
public sealed partial record BulletinDocument(
    string Office,
    string Title,
    string? NumberLabel,
    string Addressees,
    IReadOnlyList<BulletinBlock> Preamble,
    IReadOnlyList<BulletinPart> Parts,
    string Signature,
    DateOnly Date,
    string? CorrectionNote)
{
    /// <param name="rendered">The text with placeholders rendered (an issued bulletin's frozen text).</param>
    public static BulletinDocument Compose(BulletinText rendered, BulletinFacts facts, DateOnly date, string? numberLabel = null, string? correctionNote = null)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(facts);
        return new(
            rendered.Office.Trim(),
            rendered.Title.Trim(),
            numberLabel,
            rendered.Addressees.Trim(),
            Blocks(rendered.Preamble, facts),
            [.. BulletinText.NumberedSections.Select(s => new BulletinPart(s.Heading, Blocks(rendered.Get(s.Section), facts)))],
            rendered.Office.Trim(),
            date,
            correctionNote);
    }

    /// <summary>2022年10月21日</summary>
    public string DateText => string.Create(CultureInfo.InvariantCulture, $"{Date.Year}年{Date.Month}月{Date.Day}日");

    private static List<BulletinBlock> Blocks(string text, BulletinFacts facts)
    {
        var blocks = new List<BulletinBlock>();
        foreach (var paragraph in BulletinText.Paragraphs(text))
        {
            if (BulletinPlaceholders.IsStreetTable(paragraph))
            {
                blocks.Add(StreetTable(facts));
                continue;
            }

            var lead = Lead().Match(paragraph);
            blocks.Add(lead.Success
                ? new BulletinParagraph(lead.Value, paragraph[lead.Length..])
                : new BulletinParagraph(null, paragraph));
        }

        return blocks;
    }

    /// <summary>The streets' quarter counts, whether each met the quota, and their average (one decimal).</summary>
    public static BulletinTable StreetTable(BulletinFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var quarter = Quarter.Parse(facts.Quarter);
        var label = quarter.ChineseLabel[(quarter.ChineseLabel.IndexOf('年', StringComparison.Ordinal) + 1)..];
        string N(int? v) => BulletinPlaceholders.N(v);
        var rows = facts.Streets
            .Select(s => (IReadOnlyList<string>)[s.Name, .. s.Months.Select(m => N(m)), N(s.Total), s.Met switch { true => "达标", false => "未达标", null => "—" }])
            .ToList();
        rows.Add(["平均", "", "", "", facts.StreetAverage is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : "—", ""]);
        var minimum = facts.StreetQuarterMinimum is { } q ? $"（每季度应更新{N(q)}条）" : "";
        return new(
            $"各街道（管理区）{label}信息公开平台更新情况{minimum}",
            ["单位", .. quarter.MonthLabels, $"{label}合计", "是否达标"],
            rows);
    }

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）[^。]{1,40}。")]
    private static partial Regex Lead();
}
