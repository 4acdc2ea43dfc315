using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Web.Resources;

namespace HuangshigangDisclosure.Web.Pages.Units;

/// <summary>A person taking a role: who, how to reach them, from when.</summary>
public sealed class PersonForm
{
    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(50, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.People_Name))]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.People_Position))]
    public string? Position { get; set; }

    [StringLength(30, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [RegularExpression(@"^[0-9\-+ ()]{5,30}$", ErrorMessage = nameof(Strings.Validation_Phone))]
    [Display(Name = nameof(Strings.People_Phone))]
    public string? Phone { get; set; }

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [Display(Name = nameof(Strings.People_Since))]
    public DateOnly? EffectiveFrom { get; set; }
}
