using System.Diagnostics.CodeAnalysis;

namespace HuangshigangDisclosure.Core.Publications.Imports;

/// <summary>Why one row of an import file was refused: its number as the spreadsheet shows it, the column and a message for the user.</summary>
public sealed record RowError(int Row, string Column, string Message);

/// <summary>One row checked: either the typed value, or every error found in it (never just the first).</summary>
public sealed record RowResult<T>(int Row, T? Value, IReadOnlyList<RowError> Errors)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;
}
