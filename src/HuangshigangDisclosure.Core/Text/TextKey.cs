using System.Globalization;
using System.Text;

namespace HuangshigangDisclosure.Core.Text;

/// <summary>
/// The loose form of a name or value typed by a person, for matching only: case, spaces, hyphens,
/// underscores and invisible marks do not matter, and full-width forms (ＹＥＳ, １, ：) that Chinese
/// input methods produce match their ASCII twins.
/// </summary>
public static class TextKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            // Format characters include the BOM (U+FEFF) and zero-width spaces pasted from web pages.
            if (char.IsWhiteSpace(c) || c is '_' or '-' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    /// <summary>Trims and turns every run of white space (line breaks in a cell included) into one space.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Most cells have no white space but single spaces between words: nothing to change.
        var clean = !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);
        for (var i = 1; clean && i < text.Length; i++)
        {
            clean = !char.IsWhiteSpace(text[i]) || (text[i] == ' ' && !char.IsWhiteSpace(text[i - 1]));
        }

        return clean ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
