using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>
/// What a workbook's cell styles (xl/styles.xml) mean for reading values: a number in a cell whose
/// number format shows a date is that date (Excel stores dates as day counts), one whose format shows
/// a time of day or a duration is that time span. Formats are those Excel builds in (ids 14–22, 45–47,
/// 58) and the workbook's own (numFmt elements).
/// </summary>
internal sealed class CellStyles
{
    private enum Kind
    {
        Value,
        Date,
        Time,
    }

    // Built-in number formats: dates, times, and the others, which keep their value (17, mmm-yy, among them).
    private static readonly HashSet<int> BuiltInDates = [14, 15, 16, 22, 58];
    private static readonly HashSet<int> BuiltInTimes = [18, 19, 20, 21, 45, 46, 47];
    private static readonly HashSet<int> BuiltInOthers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 17, 37, 38, 39, 40, 41, 42, 43, 44, 48, 49];

    // Excel's dates run from 100-01-01 to 9999-12-31.
    private const double FirstDate = -657435;
    private const double AfterLastDate = 2958466;

    private readonly Kind[] _kinds;

    private CellStyles(Kind[] kinds) => _kinds = kinds;

    public static CellStyles Read(ZipArchive zip)
    {
        var entry = zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), "xl/styles.xml", StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return new([]);
        }

        var formatOfStyle = new List<int>();
        var dateFormats = new Dictionary<int, bool>();
        using var xml = XmlReader.Create(entry.Open(), new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, XmlResolver = null, DtdProcessing = DtdProcessing.Prohibit, CloseInput = true });
        var section = "";
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI is not ("http://schemas.openxmlformats.org/spreadsheetml/2006/main" or "http://purl.oclc.org/ooxml/spreadsheetml/main"))
            {
                continue;
            }

            // A cell's s attribute counts the cell formats (cellXfs), not the named styles (cellStyleXfs).
            if (xml.Depth == 1)
            {
                section = xml.LocalName;
            }
            else if (xml.Depth == 2 && section == "cellXfs" && xml.LocalName == "xf")
            {
                formatOfStyle.Add(Integer(xml.GetAttribute("numFmtId")));
            }
            else if (xml.Depth == 2 && section == "numFmts" && xml.LocalName == "numFmt")
            {
                dateFormats.TryAdd(Integer(xml.GetAttribute("numFmtId")), IsDateFormat(xml.GetAttribute("formatCode")));
            }
        }

        return new([.. formatOfStyle.Select(id =>
            BuiltInDates.Contains(id) ? Kind.Date
            : BuiltInTimes.Contains(id) ? Kind.Time
            : !BuiltInOthers.Contains(id) && dateFormats.TryGetValue(id, out var isDate) && isDate ? Kind.Date
            : Kind.Value)]);
    }

    /// <summary>The value a cell of style <paramref name="style"/> shows for its stored <paramref name="value"/>.</summary>
    public object? Apply(int style, object? value)
    {
        if (style < 0 || style >= _kinds.Length || _kinds[style] == Kind.Value)
        {
            return value;
        }

        // A number stored as text in a date cell is a date too.
        double number;
        if (value is double stored)
        {
            number = stored;
        }
        else if (value is not string text || !double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number))
        {
            return value;
        }

        if (_kinds[style] == Kind.Time)
        {
            return TimeSpan.FromDays(number);
        }

        return number is > FirstDate and < AfterLastDate ? DateTime.FromOADate(number) : value;
    }

    private static int Integer(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>
    /// Whether a number format code shows a date: one of its sections (separated by ";") has a date or
    /// time part — y, m, d, h, s, an era (g), AM/PM — outside quoted text, escaped characters and
    /// [brackets], and no elapsed-time part ([h], [mm], [ss]: a duration). A code with anything Excel
    /// would not accept shows no date. Reading stops at an empty section.
    /// </summary>
    internal static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var anyDate = false;
        var (date, duration, empty) = (false, false, true);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            switch (c)
            {
                case ';':
                    if (empty)
                    {
                        return anyDate;
                    }

                    anyDate |= date && !duration;
                    (date, duration, empty) = (false, false, true);
                    continue;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '"':
                    var close = code.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    i = close;
                    break;
                case '[':
                    var end = code.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        return false;
                    }

                    if (end > i + 1 && char.ToLowerInvariant(code[i + 1]) is 'h' or 'm' or 's')
                    {
                        (date, duration) = (true, true);
                    }

                    i = end;
                    break;
                case 'e' or 'E' when i + 1 < code.Length && code[i + 1] is '+' or '-':
                    i++;
                    break;
                case 'g' or 'G' when string.Compare(code, i, "General", 0, 7, StringComparison.OrdinalIgnoreCase) == 0:
                    i += 6;
                    break;
                case 'a' or 'A' when string.Compare(code, i, "am/pm", 0, 5, StringComparison.OrdinalIgnoreCase) == 0:
                    i += 4;
                    date = true;
                    break;
                case 'a' or 'A' when string.Compare(code, i, "a/p", 0, 3, StringComparison.OrdinalIgnoreCase) == 0:
                    i += 2;
                    date = true;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S' or 'g' or 'G':
                    date = true;
                    break;
                default:
                    if (!"#?,!&%+-$€£0123456789{}():/.@ ".Contains(c, StringComparison.Ordinal))
                    {
                        return false;
                    }

                    break;
            }

            empty = false;
        }

        return anyDate || (!empty && date && !duration);
    }
}
