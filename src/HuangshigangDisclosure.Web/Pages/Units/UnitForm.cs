using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Web.Resources;

namespace HuangshigangDisclosure.Web.Pages.Units;

/// <summary>The fields an Admin edits on a unit (allow-list binding: nothing else can be posted).</summary>
public sealed class UnitForm
{
    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(100, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.Unit_Name))]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(50, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.Unit_ShortName))]
    public string ShortName { get; set; } = "";

    [Display(Name = nameof(Strings.Unit_Kind))]
    public UnitKind Kind { get; set; }

    [Range(0, 100000, ErrorMessage = nameof(Strings.Validation_Range))]
    [Display(Name = nameof(Strings.Unit_SortOrder))]
    public int SortOrder { get; set; }

    [Display(Name = nameof(Strings.Unit_IsActiveCheckbox))]
    public bool IsActive { get; set; } = true;

    public static UnitForm From(Unit unit) => new()
    {
        Name = unit.Name,
        ShortName = unit.ShortName,
        Kind = unit.Kind,
        SortOrder = unit.SortOrder,
        IsActive = unit.IsActive,
    };

    public void ApplyTo(Unit unit)
    {
        unit.Name = Name.Trim();
        unit.ShortName = ShortName.Trim();
        unit.Kind = Kind;
        unit.SortOrder = SortOrder;
        unit.IsActive = IsActive;
    }
}
