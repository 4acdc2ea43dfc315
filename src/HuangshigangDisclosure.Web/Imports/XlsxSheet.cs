using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>
/// The first worksheet of an .xlsx, read in one pass over its XML with typed cells: a 50,000-row
/// sheet in a fraction of a second, where a general spreadsheet library read it twice (to find its
/// size when the sheet does not declare it) and built a dictionary per row.
/// </summary>
/// <remarks>
/// Cells are typed as the import has always read them (MiniExcel's reading, kept so that files read
/// as they did): shared, inline and formula strings as text (with Excel's _xHHHH_ escapes decoded);
/// numbers as numbers, or as dates (times) when their style's number format is a date (time) format;
/// booleans; ISO dates of t="d" cells. Rows keep the numbers Excel shows, also where the sheet leaves
/// empty rows out. Optionally every cell a merged range lists takes the value of the range's first cell.
/// </remarks>
internal static partial class XlsxSheet
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlReaderSettings SheetSettings = new() { IgnoreComments = true, IgnoreWhitespace = true, XmlResolver = null, DtdProcessing = DtdProcessing.Prohibit, CloseInput = true };

    // Shared strings keep white space that is not marked as preserved, as Excel shows it.
    private static readonly XmlReaderSettings SharedStringSettings = new() { XmlResolver = null, DtdProcessing = DtdProcessing.Prohibit, CloseInput = true };

    /// <summary>
    /// The sheet's rows in order, each with its spreadsheet row number and its cells by column (A is
    /// index 0; a row is as long as its last cell). Lazily: a caller may stop at a row limit.
    /// </summary>
    /// <exception cref="InvalidDataException">The archive holds no worksheet.</exception>
    /// <exception cref="XmlException">A part is not well-formed XML.</exception>
    public static IEnumerable<(int Number, IReadOnlyList<ImportCell> Cells)> Rows(ZipArchive zip, bool fillMergedCells)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var sheet = FirstSheet(zip) ?? throw new InvalidDataException("The workbook has no worksheet.");
        return new Reader(zip, sheet, fillMergedCells ? MergedRanges(sheet) : null).Rows();
    }

    /// <summary>The only worksheet, or the first one the workbook lists.</summary>
    private static ZipArchiveEntry? FirstSheet(ZipArchive zip)
    {
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase)
            || e.FullName.StartsWith("/xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase)).ToList();
        if (sheets.Count <= 1)
        {
            return sheets.SingleOrDefault();
        }

        var relationId = FirstSheetRelation(zip);
        var target = relationId is null ? null : RelationTarget(zip, relationId);
        return target is null ? null : sheets.FirstOrDefault(e => e.FullName == "xl/" + target || e.FullName == "/xl/" + target || e.FullName.TrimStart('/') == target.TrimStart('/'));
    }

    private static string? FirstSheetRelation(ZipArchive zip)
    {
        using var reader = Open(zip.Entries.FirstOrDefault(e => e.FullName == "xl/workbook.xml"), SheetSettings);
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && IsSpreadsheetNamespace(reader.NamespaceURI))
            {
                return reader.GetAttribute("id", RelationshipsNamespace) ?? reader.GetAttribute("id", StrictRelationshipsNamespace);
            }
        }

        return null;
    }

    private static string? RelationTarget(ZipArchive zip, string relationId)
    {
        using var reader = Open(zip.Entries.FirstOrDefault(e => e.FullName == "xl/_rels/workbook.xml.rels"), SheetSettings);
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == PackageRelationshipsNamespace
                && reader.GetAttribute("Id") == relationId)
            {
                return reader.GetAttribute("Target");
            }
        }

        return null;
    }

    /// <summary>The merged ranges of a sheet: their first cells, and for every other cell of a range the range's first cell ("B5" → "B4").</summary>
    private sealed record Merges(HashSet<string> FirstCells, Dictionary<string, string> FirstCellOf);

    private static Merges MergedRanges(ZipArchiveEntry sheet)
    {
        var merges = new Merges(new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));
        using var reader = Open(sheet, SheetSettings)!;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "mergeCell" || !IsSpreadsheetNamespace(reader.NamespaceURI))
            {
                continue;
            }

            var range = (reader.GetAttribute("ref") ?? "").Split(':');
            if (range.Length != 2 || !TryParseReference(range[0], out var left, out var top) || !TryParseReference(range[1], out var right, out var bottom))
            {
                continue;
            }

            merges.FirstCells.Add(range[0]);
            for (var column = left; column <= right; column++)
            {
                for (var row = top; row <= bottom; row++)
                {
                    if (column != left || row != top)
                    {
                        merges.FirstCellOf.TryAdd(Reference(column, row), range[0]);
                    }
                }
            }
        }

        return merges;
    }

    private static XmlReader? Open(ZipArchiveEntry? entry, XmlReaderSettings settings) =>
        entry is null ? null : XmlReader.Create(entry.Open(), settings);

    private static bool IsSpreadsheetNamespace(string uri) => uri is MainNamespace or StrictNamespace;

    /// <summary>"B4" → column 2, row 4 (both from 1); false for anything else.</summary>
    internal static bool TryParseReference(ReadOnlySpan<char> reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        while (i < reference.Length && char.ToUpperInvariant(reference[i]) is >= 'A' and <= 'Z' and var letter)
        {
            column = (column * 26) + (letter - 'A' + 1);
            if (column > 16384)
            {
                return false;
            }

            i++;
        }

        return i > 0 && int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }

    private static string Reference(int column, int row)
    {
        Span<char> letters = stackalloc char[4];
        var start = letters.Length;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[--start] = (char)('A' + ((n - 1) % 26));
        }

        return string.Concat(letters[start..], row.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A cell's text with Excel's escapes of characters XML cannot hold (_x000D_) decoded; "_X000D_" stays as typed.</summary>
    private static string Decode(string text) =>
        text.Contains('_', StringComparison.Ordinal) ? XmlConvert.DecodeName(UpperCaseEscape().Replace(text, "_x005F_$1_")) : text;

    [GeneratedRegex(@"_(X[\dA-Fa-f]{4})_")]
    private static partial Regex UpperCaseEscape();

    /// <summary>One pass over the sheet's XML.</summary>
    private sealed class Reader(ZipArchive zip, ZipArchiveEntry sheet, Merges? merges)
    {
        /// <summary>The values of merged ranges' first cells, as they are read.</summary>
        private readonly Dictionary<string, object?> _mergedValues = new(StringComparer.Ordinal);
        private readonly List<(int Column, object? Value)> _values = [];
        private List<string>? _sharedStrings;
        private CellStyles? _styles;
        private string? _lastStyle;
        private int _lastStyleIndex;

        private XmlReader _xml = null!;
        private string _c = null!, _v = null!, _is = null!, _t = null!, _r = null!, _s = null!, _row = null!, _main = null!, _strict = null!;

        public IEnumerable<(int Number, IReadOnlyList<ImportCell> Cells)> Rows()
        {
            using var xml = Open(sheet, SheetSettings)!;
            _xml = xml;
            var names = xml.NameTable;
            (_c, _v, _is, _t, _r, _s, _row) = (names.Add("c"), names.Add("v"), names.Add("is"), names.Add("t"), names.Add("r"), names.Add("s"), names.Add("row"));
            (_main, _strict) = (names.Add(MainNamespace), names.Add(StrictNamespace));

            if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "worksheet" || !IsOurs() || !EnterChildren())
            {
                yield break;
            }

            // Only the worksheet's own children: the rows are in sheetData.
            while (xml.NodeType != XmlNodeType.EndElement && !xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheetData" || !IsOurs())
                {
                    SkipNode();
                    continue;
                }

                if (!EnterChildren())
                {
                    continue;
                }

                // Row numbers: the r attribute, else one after the row before; a row left out of the
                // sheet is an empty row, so the numbers stay those Excel shows.
                var index = -1;
                var number = 0;
                var first = true;
                while (xml.NodeType != XmlNodeType.EndElement && !xml.EOF)
                {
                    if (xml.NodeType != XmlNodeType.Element || (object)xml.LocalName != _row || !IsOurs())
                    {
                        SkipNode();
                        continue;
                    }

                    var next = index + 1;
                    index = int.TryParse(xml.GetAttribute(_r), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r - 1 : index + 1;
                    if (index < 0)
                    {
                        xml.Skip();
                        continue;
                    }

                    var expected = first ? 0 : next;
                    number += 1 + Math.Max(0, index - expected);
                    first = false;
                    yield return (number, ReadRow());
                }

                xml.Read();
            }
        }

        private bool IsOurs() => (object)_xml.NamespaceURI == _main || (object)_xml.NamespaceURI == _strict;

        /// <summary>Moves into an element's children; false (and past it) when it has none.</summary>
        private bool EnterChildren()
        {
            if (_xml.IsEmptyElement)
            {
                _xml.Read();
                return false;
            }

            _xml.Read();
            return true;
        }

        /// <summary>Past an element (with its children) or any other node.</summary>
        private void SkipNode()
        {
            if (_xml.NodeType == XmlNodeType.Element)
            {
                _xml.Skip();
            }
            else
            {
                _xml.Read();
            }
        }

        // Hot loops of an import, run once per process before tiered compilation could optimize them.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private ImportCell[] ReadRow()
        {
            _values.Clear();
            var width = 0;
            if (EnterChildren())
            {
                var column = -1;
                while (_xml.NodeType != XmlNodeType.EndElement && !_xml.EOF)
                {
                    if (_xml.NodeType != XmlNodeType.Element || (object)_xml.LocalName != _c || !IsOurs())
                    {
                        SkipNode();
                        continue;
                    }

                    var (reference, type, style) = (_xml.GetAttribute(_r), _xml.GetAttribute(_t), _xml.GetAttribute(_s));

                    // A cell without a reference follows the one before it.
                    column = reference is not null && TryParseReference(reference, out var referenced, out _) ? referenced - 1 : column + 1;
                    var value = ReadCellValue(type);
                    if (merges is not null && reference is not null)
                    {
                        // The range's value before this cell's style is applied; a cell of the range the
                        // sheet leaves out stays empty.
                        if (merges.FirstCells.Contains(reference))
                        {
                            _mergedValues[reference] = value;
                        }
                        else if (merges.FirstCellOf.TryGetValue(reference, out var rangeStart))
                        {
                            _mergedValues.TryGetValue(rangeStart, out value);
                        }
                    }

                    if (!string.IsNullOrEmpty(style))
                    {
                        _styles ??= CellStyles.Read(zip);
                        value = _styles.Apply(StyleIndex(style), value);
                    }

                    _values.Add((column, value));
                    width = Math.Max(width, column + 1);
                }

                _xml.Read();
            }

            var cells = new ImportCell[width];
            Array.Fill(cells, ImportCell.Empty);
            foreach (var (column, value) in _values)
            {
                cells[column] = Cell(value);
            }

            return cells;
        }

        /// <summary>A cell's s attribute as a number: a sheet repeats a few styles on every row.</summary>
        private int StyleIndex(string style)
        {
            if (style != _lastStyle)
            {
                _lastStyleIndex = int.TryParse(style, NumberStyles.Any, CultureInfo.InvariantCulture, out var xf) ? xf : -1;
                _lastStyle = style;
            }

            return _lastStyleIndex;
        }

        /// <summary>The value of the &lt;c&gt; element the reader is on, typed by its t attribute; the reader ends past it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private object? ReadCellValue(string? type)
        {
            object? value = null;
            if (!EnterChildren())
            {
                return value;
            }

            while (_xml.NodeType != XmlNodeType.EndElement && !_xml.EOF)
            {
                if (_xml.NodeType == XmlNodeType.Element && (object)_xml.LocalName == _v && IsOurs())
                {
                    var raw = _xml.ReadElementContentAsString();
                    value = raw.Length > 0 ? Typed(raw, type) : value;
                }
                else if (_xml.NodeType == XmlNodeType.Element && (object)_xml.LocalName == _is && IsOurs())
                {
                    var raw = StringItem(_xml);
                    value = raw.Length > 0 ? Typed(raw, type) : value;
                }
                else
                {
                    SkipNode();
                }
            }

            _xml.Read();
            return value;
        }

        private object? Typed(string raw, string? type)
        {
            switch (type)
            {
                case "s":
                    var strings = _sharedStrings ??= SharedStrings(zip);
                    return int.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? Decode(strings[i]) : null;
                case "inlineStr" or "str":
                    return Decode(raw);
                case "b":
                    return raw == "1";
                case "d":
                    return DateTime.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite, out var date) ? date : raw;
                case "e":
                    return raw;
                default:
                    return double.TryParse(raw, NumberStyles.Any, CultureInfo.InvariantCulture, out var number) ? number : raw;
            }
        }
    }

    /// <summary>A typed value as the import's cell: its text, and a date's or number's value.</summary>
    internal static ImportCell Cell(object? value) => value switch
    {
        null => ImportCell.Empty,
        string text => new ImportCell(text),
        DateTime date => new ImportCell(date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Date: date),
        bool flag => new ImportCell(flag ? "TRUE" : "FALSE"),
        double number => new ImportCell(number.ToString(CultureInfo.InvariantCulture), Number: number),
        _ => new ImportCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt;: its own &lt;t&gt; and those of its rich-text runs, not phonetic guides.</summary>
    private static string StringItem(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }

        var depth = xml.Depth;
        string? single = null;
        StringBuilder? text = null;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && IsSpreadsheetNamespace(xml.NamespaceURI) && xml.Depth <= depth + 2)
            {
                var part = xml.ReadElementContentAsString();
                if (single is null && text is null)
                {
                    single = part;
                }
                else
                {
                    (text ??= new StringBuilder(single)).Append(part);
                }
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && !(xml.LocalName == "r" && IsSpreadsheetNamespace(xml.NamespaceURI)))
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        xml.Read();
        return text?.ToString() ?? single ?? "";
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        using var xml = Open(zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), "xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase)), SharedStringSettings);
        if (xml is null || xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "sst" || !IsSpreadsheetNamespace(xml.NamespaceURI))
        {
            return strings;
        }

        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && IsSpreadsheetNamespace(xml.NamespaceURI))
            {
                strings.Add(StringItem(xml));
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        return strings;
    }
}
