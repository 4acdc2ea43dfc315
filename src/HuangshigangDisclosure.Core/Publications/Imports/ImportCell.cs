namespace HuangshigangDisclosure.Core.Publications.Imports;

/// <summary>
/// One cell as an import file gave it: its text, and from a spreadsheet its typed value as well
/// (a date cell's <see cref="Date"/>, a number cell's <see cref="Number"/>), which is exact where
/// the text would depend on how the cell was formatted.
/// </summary>
public readonly record struct ImportCell(string Text, DateTime? Date = null, double? Number = null)
{
    public static ImportCell Empty { get; } = new("");

    public bool IsBlank => Date is null && Number is null && string.IsNullOrWhiteSpace(Text);
}
