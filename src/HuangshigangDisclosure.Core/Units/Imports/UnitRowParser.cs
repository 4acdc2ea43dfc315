using System.Globalization;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Units.Imports;

/// <summary>One data row of a unit import file, unchecked (the header is row 1).</summary>
public sealed record UnitImportRow(int Row)
{
    public string? Name { get; init; }

    public string? ShortName { get; init; }

    public string? Kind { get; init; }

    public static UnitImportRow From(ColumnMap<UnitColumn> columns, int row, IReadOnlyList<ImportCell> cells)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new(row)
        {
            Name = columns.Text(cells, UnitColumn.Name),
            ShortName = columns.Text(cells, UnitColumn.ShortName),
            Kind = columns.Text(cells, UnitColumn.Kind),
        };
    }
}

/// <summary>A unit row that passed every check.</summary>
public sealed record ParsedUnit(int Row, string Name, string ShortName, UnitKind Kind);

/// <summary>Checks one row of a unit import file; the lengths are those of the unit form.</summary>
public static class UnitRowParser
{
    public const int MaxNameLength = 100;
    public const int MaxShortNameLength = 50;

    public static RowResult<ParsedUnit> Parse(UnitImportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<RowError>();
        void Fail(UnitColumn column, string message) => errors.Add(new(row.Row, ImportHeaders.HeaderOf(column), message));

        var name = TextKey.Collapse(row.Name);
        if (name.Length == 0)
        {
            Fail(UnitColumn.Name, "单位名称不能为空。");
        }
        else if (name.Length > MaxNameLength)
        {
            Fail(UnitColumn.Name, Invariant($"单位名称不能超过 {MaxNameLength} 个字。"));
        }

        // Many lists carry full names only; a short enough name serves as its own short name.
        var shortName = TextKey.Collapse(row.ShortName);
        if (shortName.Length == 0 && name.Length <= MaxShortNameLength)
        {
            shortName = name;
        }
        else if (shortName.Length == 0)
        {
            Fail(UnitColumn.ShortName, Invariant($"单位名称超过 {MaxShortNameLength} 个字时须填写简称。"));
        }
        else if (shortName.Length > MaxShortNameLength)
        {
            Fail(UnitColumn.ShortName, Invariant($"简称不能超过 {MaxShortNameLength} 个字。"));
        }

        // No default kind: the kind decides a unit's quota, so a guess would silently change its score.
        var kind = UnitKind.Other;
        if (string.IsNullOrWhiteSpace(row.Kind))
        {
            Fail(UnitColumn.Kind, $"类型不能为空（可选：{UnitKinds.Names.ListText}）。");
        }
        else if (!UnitKinds.Names.TryParse(row.Kind, out kind))
        {
            Fail(UnitColumn.Kind, $"类型“{row.Kind.Trim()}”不在可选范围内（可选：{UnitKinds.Names.ListText}）。");
        }

        return errors.Count > 0
            ? new(row.Row, null, errors)
            : new(row.Row, new ParsedUnit(row.Row, name, shortName, kind), []);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
