using System.Globalization;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Directory.Imports;

/// <summary>One data row of a directory import file, unchecked.</summary>
public sealed record DirectoryImportRow(int Row)
{
    public string? Code { get; init; }

    public string? Level1 { get; init; }

    public string? Level2 { get; init; }

    public string? Content { get; init; }

    public string? LegalBasis { get; init; }

    public string? TimeLimit { get; init; }

    public string? Publisher { get; init; }

    public string? Channels { get; init; }

    public string? Audience { get; init; }

    public string? Mode { get; init; }

    public string? Level { get; init; }

    public string? Domain { get; init; }

    public string? ForEveryone { get; init; }

    public string? ForSpecificGroups { get; init; }

    public string? Proactive { get; init; }

    public string? OnRequest { get; init; }

    public string? DistrictLevel { get; init; }

    public string? StreetLevel { get; init; }

    public static DirectoryImportRow From(ColumnMap<DirectoryColumn> columns, int row, IReadOnlyList<ImportCell> cells)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new(row)
        {
            Code = columns.Text(cells, DirectoryColumn.Code),
            Level1 = columns.Text(cells, DirectoryColumn.Level1),
            Level2 = columns.Text(cells, DirectoryColumn.Level2),
            Content = columns.Text(cells, DirectoryColumn.Content),
            LegalBasis = columns.Text(cells, DirectoryColumn.LegalBasis),
            TimeLimit = columns.Text(cells, DirectoryColumn.TimeLimit),
            Publisher = columns.Text(cells, DirectoryColumn.Publisher),
            Channels = columns.Text(cells, DirectoryColumn.Channels),
            Audience = columns.Text(cells, DirectoryColumn.Audience),
            Mode = columns.Text(cells, DirectoryColumn.Mode),
            Level = columns.Text(cells, DirectoryColumn.Level),
            Domain = columns.Text(cells, DirectoryColumn.Domain),
            ForEveryone = columns.Text(cells, DirectoryColumn.ForEveryone),
            ForSpecificGroups = columns.Text(cells, DirectoryColumn.ForSpecificGroups),
            Proactive = columns.Text(cells, DirectoryColumn.Proactive),
            OnRequest = columns.Text(cells, DirectoryColumn.OnRequest),
            DistrictLevel = columns.Text(cells, DirectoryColumn.DistrictLevel),
            StreetLevel = columns.Text(cells, DirectoryColumn.StreetLevel),
        };
    }
}

/// <summary>A recorded disclosure domain, as rows may name it (by name or by code).</summary>
public sealed record DomainReference(int Id, string Code, string Name);

/// <summary>A recorded unit, as 公开主体 may name it (by name or by short name).</summary>
public sealed record UnitReference(int Id, string Name, string ShortName, bool IsActive = true);

/// <summary>The domains and units rows are checked against, matched in their loose form (see <see cref="TextKey"/>).</summary>
public sealed class DirectoryReferences
{
    private readonly Dictionary<string, DomainReference> _domains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnitReference> _units = new(StringComparer.Ordinal);

    public DirectoryReferences(IEnumerable<DomainReference> domains, IEnumerable<UnitReference> units)
    {
        ArgumentNullException.ThrowIfNull(domains);
        ArgumentNullException.ThrowIfNull(units);
        var domainList = domains.ToList();
        foreach (var domain in domainList)
        {
            _domains.TryAdd(TextKey.Of(domain.Name), domain);
        }

        // A name wins over another domain's code: "05" names no domain, but be safe.
        foreach (var domain in domainList)
        {
            _domains.TryAdd(TextKey.Of(domain.Code), domain);
        }

        // Names first, then short names; an active unit before an inactive one of the same name.
        var unitList = units.OrderBy(u => u.IsActive ? 0 : 1).ToList();
        foreach (var unit in unitList)
        {
            _units.TryAdd(TextKey.Of(unit.Name), unit);
        }

        foreach (var unit in unitList)
        {
            _units.TryAdd(TextKey.Of(unit.ShortName), unit);
        }
    }

    public DomainReference? Domain(string text) => _domains.GetValueOrDefault(TextKey.Of(text));

    public UnitReference? Unit(string text) => _units.GetValueOrDefault(TextKey.Of(text));
}

/// <summary>A directory row that passed every check: what the entry with <see cref="Code"/> should say.</summary>
public sealed record ParsedDirectoryEntry(
    int Row,
    string Code,
    DirectoryDomainChoice Domain,
    string Level1,
    string Level2,
    string Content,
    string LegalBasis,
    string TimeLimitText,
    TimeLimit TimeLimit,
    string Publisher,
    IReadOnlyList<UnitReference> Units,
    string Channels,
    string Audience,
    string Mode,
    string Level);

/// <summary>The entry's domain: a recorded one (<see cref="Id"/>), or a new one to add by name when the import is allowed to.</summary>
public sealed record DirectoryDomainChoice(int? Id, string Name)
{
    public bool IsNew => Id is null;
}

/// <summary>
/// Checks the rows of a directory import file (the column layout of 国办发〔2019〕54号). Pure: the
/// recorded domains and units come in as <see cref="DirectoryReferences"/>. Rules:
/// 序号 is the entry's code, required and unique in the file; 一级事项 is required; the domain comes
/// from 公开领域 when the row has it, else from 一级事项 matched against the domain names, and an
/// unknown domain is an error unless the caller allows new domains; 公开时限 is kept as written and
/// read by <see cref="TimeLimitParser"/>; 公开主体 names one or more recorded units; 公开对象, 公开方式
/// and 公开层级 are written out or ticked in their two columns each, and default to 全社会, 主动 and 区级.
/// </summary>
public static class DirectoryRowParser
{
    public const int MaxCodeLength = 50;
    public const int MaxItemLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxShortTextLength = 500;
    public const int MaxChoiceLength = 50;
    public const int MaxDomainNameLength = 100;

    private const string Example = "信息形成或者变更之日起20个工作日内";

    /// <summary>What a tick column's cell may hold, in <see cref="TextKey"/> form: a tick, or nothing.</summary>
    private static readonly HashSet<string> Ticks = ["√", "✓", "✔", "☑", "●", "是", "1", "y", "yes", "v"];

    private static readonly HashSet<string> NoTicks = ["", "否", "×", "✗", "x", "无", "0", "n", "no", "/"];

    /// <summary>Separators between units in 公开主体; 和, 及 and a space are tried only where a whole name does not match.</summary>
    private static readonly char[] UnitSeparators = ['、', '，', ',', '；', ';', '\n', '\r'];

    /// <summary>Checks every row and, across rows, that no code is given twice.</summary>
    public static IReadOnlyList<RowResult<ParsedDirectoryEntry>> ParseAll(
        IEnumerable<DirectoryImportRow> rows, DirectoryReferences references, bool allowNewDomains)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var results = new List<RowResult<ParsedDirectoryEntry>>();
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var codeHeader = DirectoryColumns.HeaderOf(DirectoryColumn.Code);
        foreach (var row in rows)
        {
            var result = Parse(row, references, allowNewDomains);
            var code = TextKey.Collapse(row.Code);
            if (code.Length > 0 && !firstRowOfCode.TryAdd(code, row.Row))
            {
                var clash = new RowError(row.Row, codeHeader, Invariant($"序号“{code}”与第 {firstRowOfCode[code]} 行重复，每个事项的序号须各不相同。"));
                result = new(row.Row, null, [.. result.Errors.Prepend(clash)]);
            }

            results.Add(result);
        }

        return results;
    }

    public static RowResult<ParsedDirectoryEntry> Parse(DirectoryImportRow row, DirectoryReferences references, bool allowNewDomains)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(references);
        var errors = new List<RowError>();
        void Fail(DirectoryColumn column, string message) => errors.Add(new(row.Row, DirectoryColumns.HeaderOf(column), message));

        string Text(DirectoryColumn column, string? value, int maxLength, bool required = false)
        {
            var text = TextKey.Collapse(value);
            var header = DirectoryColumns.HeaderOf(column);
            if (required && text.Length == 0)
            {
                Fail(column, $"{header}不能为空。");
            }
            else if (text.Length > maxLength)
            {
                Fail(column, Invariant($"{header}不能超过 {maxLength} 个字。"));
            }

            return text;
        }

        var code = Text(DirectoryColumn.Code, row.Code, MaxCodeLength, required: true);
        var level1 = Text(DirectoryColumn.Level1, row.Level1, MaxItemLength, required: true);
        var level2 = Text(DirectoryColumn.Level2, row.Level2, MaxItemLength);
        var content = Text(DirectoryColumn.Content, row.Content, MaxTextLength);
        var legalBasis = Text(DirectoryColumn.LegalBasis, row.LegalBasis, MaxTextLength);
        var timeLimitText = Text(DirectoryColumn.TimeLimit, row.TimeLimit, MaxShortTextLength);
        var publisher = Text(DirectoryColumn.Publisher, row.Publisher, MaxShortTextLength, required: true);
        var channels = Text(DirectoryColumn.Channels, row.Channels, MaxShortTextLength);
        var audience = Choice(
            DirectoryColumn.Audience, row.Audience, DirectoryEntry.Audiences,
            (DirectoryColumn.ForEveryone, row.ForEveryone), (DirectoryColumn.ForSpecificGroups, row.ForSpecificGroups));
        var mode = Choice(
            DirectoryColumn.Mode, row.Mode, DirectoryEntry.Modes,
            (DirectoryColumn.Proactive, row.Proactive), (DirectoryColumn.OnRequest, row.OnRequest));
        var level = Choice(
            DirectoryColumn.Level, row.Level, DirectoryEntry.Levels,
            (DirectoryColumn.DistrictLevel, row.DistrictLevel), (DirectoryColumn.StreetLevel, row.StreetLevel));

        // The written value; else the ticked values (区级 for 县级, 街道级 for 乡级); else the first, customary value.
        string Choice(DirectoryColumn column, string? value, IReadOnlyList<string> values, (DirectoryColumn Column, string? Mark) first, (DirectoryColumn Column, string? Mark) second)
        {
            var text = Text(column, value, MaxChoiceLength);
            if (text.Length > 0)
            {
                return text;
            }

            var ticked = new List<string>();
            foreach (var (tick, index) in new[] { (first, 0), (second, 1) })
            {
                var mark = TextKey.Of(tick.Mark);
                if (Ticks.Contains(mark))
                {
                    ticked.Add(values[index]);
                }
                else if (!NoTicks.Contains(mark))
                {
                    Fail(tick.Column, $"“{DirectoryColumns.HeaderOf(tick.Column)}”列请打“√”或留空，无法识别“{TextKey.Collapse(tick.Mark)}”。");
                }
            }

            return ticked.Count > 0 ? string.Join('、', ticked) : values[0];
        }

        var domain = DomainOf(row, level1, references, allowNewDomains, Fail);

        TimeLimit? timeLimit = null;
        if (timeLimitText.Length == 0)
        {
            Fail(DirectoryColumn.TimeLimit, $"公开时限不能为空，请写明如“{Example}”。");
        }
        else if (timeLimitText.Length <= MaxShortTextLength)
        {
            timeLimit = TimeLimitParser.Parse(timeLimitText);
            if (timeLimit is null)
            {
                Fail(DirectoryColumn.TimeLimit, $"无法识别公开时限“{timeLimitText}”，请写明如“{Example}”。");
            }
        }

        var units = new List<UnitReference>();
        if (publisher.Length is > 0 and <= MaxShortTextLength)
        {
            // Split before collapsing: a line break between two names is a separator.
            foreach (var part in row.Publisher!.Split(UnitSeparators).Select(p => TextKey.Collapse(p)).Where(p => p.Length > 0))
            {
                var found = Units(part, references);
                if (found is null)
                {
                    Fail(DirectoryColumn.Publisher, $"公开主体中的“{part}”不是系统中的单位，请填写单位的名称或简称，多个单位用“、”分隔。");
                }
                else
                {
                    units.AddRange(found.Where(u => units.All(known => known.Id != u.Id)));
                }
            }
        }

        if (errors.Count > 0 || domain is null || timeLimit is null || units.Count == 0)
        {
            return new(row.Row, null, errors);
        }

        return new(row.Row, new ParsedDirectoryEntry(
            row.Row, code, domain, level1, level2, content, legalBasis, timeLimitText, timeLimit, publisher, units, channels, audience, mode, level), []);
    }

    private static DirectoryDomainChoice? DomainOf(
        DirectoryImportRow row, string level1, DirectoryReferences references, bool allowNewDomains, Action<DirectoryColumn, string> fail)
    {
        var named = TextKey.Collapse(row.Domain);
        var (text, column) = named.Length > 0 ? (named, DirectoryColumn.Domain) : (level1, DirectoryColumn.Level1);
        if (text.Length == 0)
        {
            return null; // 一级事项 is blank: already reported
        }

        if (references.Domain(text) is { } known)
        {
            return new(known.Id, known.Name);
        }

        if (allowNewDomains)
        {
            if (text.Length <= MaxDomainNameLength)
            {
                return new(null, text);
            }

            fail(column, Invariant($"公开领域名称不能超过 {MaxDomainNameLength} 个字。"));
            return null;
        }

        fail(column, column == DirectoryColumn.Domain
            ? $"公开领域“{text}”不存在，请先在“公开领域”页面添加，或勾选“自动新增不存在的公开领域”。"
            : $"一级事项“{text}”不是已有的公开领域：请增加“公开领域”列写明所属领域，或先在“公开领域”页面添加“{text}”。");
        return null;
    }

    /// <summary>
    /// The units one separated part of 公开主体 names: the whole part when it is a unit's name
    /// (区住房和城市更新局 keeps its 和), else the part split at a 和, 及 or space after a unit's whole name, the
    /// rest read the same way (区财政局和区民政局). Null when no reading names only recorded units.
    /// </summary>
    private static List<UnitReference>? Units(string part, DirectoryReferences references)
    {
        if (references.Unit(part) is { } unit)
        {
            return [unit];
        }

        for (var i = 1; i < part.Length - 1; i++)
        {
            if (part[i] is not ('和' or '及' or ' '))
            {
                continue;
            }

            // The left side must be one whole name, which keeps the search linear in practice.
            if (references.Unit(part[..i]) is { } left && Units(part[(i + 1)..], references) is { } right)
            {
                return [left, .. right];
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
