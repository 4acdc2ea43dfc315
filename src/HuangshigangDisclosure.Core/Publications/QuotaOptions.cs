using System.ComponentModel.DataAnnotations;

namespace HuangshigangDisclosure.Core.Publications;

/// <summary>
/// 考核指标: the minimum number of counted publications per month and per quarter (configuration
/// section <c>Quota</c>). Streets and the management zone: 4 a month, 12 a quarter (the Q3 2022
/// bulletin); departments: none (0). The scoring issue replaces this with QuotaPolicy (per unit
/// kind and unit, effective from a date) kept in the database.
/// </summary>
public sealed class QuotaOptions
{
    public const string Section = "Quota";

    [Range(0, 1000)]
    public int StreetMonthlyMinimum { get; set; } = 4;

    [Range(0, 3000)]
    public int StreetQuarterlyMinimum { get; set; } = 12;

    [Range(0, 1000)]
    public int DepartmentMonthlyMinimum { get; set; }

    [Range(0, 3000)]
    public int DepartmentQuarterlyMinimum { get; set; }

    /// <summary>The minimums for a unit (0 = no quota), streets and the management zone alike.</summary>
    public (int Monthly, int Quarterly) For(bool isStreetLike) =>
        isStreetLike ? (StreetMonthlyMinimum, StreetQuarterlyMinimum) : (DepartmentMonthlyMinimum, DepartmentQuarterlyMinimum);
}
