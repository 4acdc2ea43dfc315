using System.Text;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>
/// RFC 4180 records (comma, double-quote quoting, CRLF or LF) read as Excel reads them: a quote
/// inside an unquoted field is kept as text (关于"双减"的通知 saved by hand), not an error.
/// </summary>
internal static class CsvParser
{
    /// <summary>Yields each record's fields in order, lazily, so a caller can stop at a row limit.</summary>
    /// <exception cref="FormatException">A quoted field is never closed; the message names the record where it opened.</exception>
    public static IEnumerable<string[]> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var record = 1;
        var quoteOpenedIn = 0;
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
                quoteOpenedIn = record;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
                record++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new FormatException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第 {quoteOpenedIn} 行有一个引号没有闭合，请检查该行。"));
        }

        // The last line may or may not end with a line break.
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
