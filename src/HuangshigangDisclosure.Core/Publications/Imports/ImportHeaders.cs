using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Publications.Imports;

/// <summary>The columns of the publication import file (design §4).</summary>
public enum PublicationColumn
{
    Unit,
    Title,
    PublishedOn,
    Channel,
    Url,
    Category,
    DirectoryCode,
    NeedsInterpretation,
}

/// <summary>The columns of the unit import file.</summary>
public enum UnitColumn
{
    Name,
    ShortName,
    Kind,
}

/// <summary>One column a file may have: its Chinese header (what messages name it by) and the other spellings accepted.</summary>
public sealed record ColumnSpec<TColumn>(TColumn Column, string Header, bool Required, IReadOnlyList<string> Aliases)
    where TColumn : struct, Enum;

/// <summary>
/// Finds the columns of an import file by their headers. Headers match loosely — case, spaces,
/// underscores, a BOM left on the first header, a trailing "*" or "（必填）" do not matter — because
/// the files come from hand-kept spreadsheets and other systems' exports.
/// </summary>
public static partial class ImportHeaders
{
    public static IReadOnlyList<ColumnSpec<PublicationColumn>> PublicationColumns { get; } =
    [
        new(PublicationColumn.Unit, "单位", true, ["unit", "单位名称"]),
        new(PublicationColumn.Title, "标题", true, ["title"]),
        new(PublicationColumn.PublishedOn, "发布日期", true, ["publishedOn", "published_on", "date", "发布时间"]),
        new(PublicationColumn.Channel, "发布渠道", false, ["channel"]),
        new(PublicationColumn.Url, "链接", false, ["url", "link", "网址"]),
        new(PublicationColumn.Category, "信息类别", false, ["category", "类别"]),
        new(PublicationColumn.DirectoryCode, "目录编码", false, ["directoryCode", "directory_code"]),
        new(PublicationColumn.NeedsInterpretation, "需解读", false, ["needsInterpretation", "needs_interpretation", "是否需解读"]),
    ];

    public static IReadOnlyList<ColumnSpec<UnitColumn>> UnitColumns { get; } =
    [
        new(UnitColumn.Name, "单位名称", true, ["name", "单位"]),
        new(UnitColumn.ShortName, "简称", false, ["shortName", "short_name"]),
        new(UnitColumn.Kind, "类型", true, ["kind", "单位类型"]),
    ];

    public static ColumnMap<PublicationColumn> MapPublications(IReadOnlyList<string> headers) => Map(PublicationColumns, headers);

    public static ColumnMap<UnitColumn> MapUnits(IReadOnlyList<string> headers) => Map(UnitColumns, headers);

    public static string HeaderOf(PublicationColumn column) => PublicationColumns.First(c => c.Column == column).Header;

    public static string HeaderOf(UnitColumn column) => UnitColumns.First(c => c.Column == column).Header;

    public static ColumnMap<TColumn> Map<TColumn>(IReadOnlyList<ColumnSpec<TColumn>> specs, IReadOnlyList<string> headers)
        where TColumn : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(headers);
        var byKey = new Dictionary<string, ColumnSpec<TColumn>>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            foreach (var name in spec.Aliases.Prepend(spec.Header))
            {
                byKey[KeyOf(name)] = spec;
            }
        }

        var indexes = new Dictionary<TColumn, int>();
        var ignored = new List<string>();
        var errors = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var key = KeyOf(headers[i]);
            if (key.Length == 0)
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var spec))
            {
                ignored.Add(headers[i].Trim());
            }
            else if (indexes.TryGetValue(spec.Column, out var first))
            {
                errors.Add($"列“{spec.Header}”出现了两次（第 {first + 1} 列和第 {i + 1} 列），请只保留一列。");
            }
            else
            {
                indexes[spec.Column] = i;
            }
        }

        foreach (var spec in specs.Where(s => s.Required && !indexes.ContainsKey(s.Column)))
        {
            errors.Add($"缺少必填列“{spec.Header}”。第一行应为表头：{string.Join('、', specs.Select(s => s.Header))}。");
        }

        return new ColumnMap<TColumn>(indexes, ignored, errors);
    }

    private static string KeyOf(string? header) => TextKey.Of(RequiredMark().Replace(header ?? "", ""));

    // "标题*", "发布日期（必填）", "发布日期(yyyy-mm-dd)": templates mark required columns or formats after the name.
    [GeneratedRegex(@"\*|[(（][^)）]*[)）]\s*$")]
    private static partial Regex RequiredMark();
}

/// <summary>Where each known column sits in a file, and what was wrong with its header row.</summary>
public sealed class ColumnMap<TColumn>
    where TColumn : struct, Enum
{
    private readonly IReadOnlyDictionary<TColumn, int> _indexes;

    internal ColumnMap(IReadOnlyDictionary<TColumn, int> indexes, IReadOnlyList<string> ignoredHeaders, IReadOnlyList<string> errors)
    {
        _indexes = indexes;
        IgnoredHeaders = ignoredHeaders;
        Errors = errors;
    }

    /// <summary>File-level errors (a missing required column, a column given twice); nothing may be imported while any exists.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Headers that name no known column; their cells are not read (worth telling the user, in case of a typo).</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; }

    public bool IsValid => Errors.Count == 0;

    public bool Has(TColumn column) => _indexes.ContainsKey(column);

    /// <summary>The zero-based position of <paramref name="column"/>, or null when the file lacks it.</summary>
    public int? IndexOf(TColumn column) => _indexes.TryGetValue(column, out var i) ? i : null;

    /// <summary>The cell of <paramref name="column"/> in a row; empty when the file lacks the column or the row is short.</summary>
    public ImportCell Cell(IReadOnlyList<ImportCell> row, TColumn column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _indexes.TryGetValue(column, out var i) && i < row.Count ? row[i] : ImportCell.Empty;
    }

    public string Text(IReadOnlyList<ImportCell> row, TColumn column) => Cell(row, column).Text;
}
