using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Web.Resources;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>
/// What the interpretation form may post (allow-list): the unit is never posted, it is the policy's;
/// who recorded it and when are set by the server.
/// </summary>
public sealed class InterpretationInput
{
    public const int TitleMaxLength = 300;
    public const int UrlMaxLength = 1000;

    [Display(Name = nameof(Strings.Interpretation_Policy))]
    public long? PolicyId { get; set; }

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(TitleMaxLength, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.Interpretation_Title))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(Strings.Interpretation_Form))]
    public InterpretationForm Form { get; set; } = InterpretationForm.Text;

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [Display(Name = nameof(Strings.Interpretation_PublishedOn))]
    public DateOnly? PublishedOn { get; set; }

    [Display(Name = nameof(Strings.Interpretation_Url))]
    public string? Url { get; set; }

    public static InterpretationInput From(Interpretation interpretation) => new()
    {
        PolicyId = interpretation.PolicyId,
        Title = interpretation.Title,
        Form = interpretation.Form,
        PublishedOn = interpretation.PublishedOn,
        Url = interpretation.Url,
    };

    /// <summary>Copies the input; the unit follows the policy, whoever posts.</summary>
    public void ApplyTo(Interpretation interpretation, PolicyChoice policy)
    {
        interpretation.PolicyId = policy.Id;
        interpretation.UnitId = policy.UnitId;
        interpretation.Title = Core.Text.TextKey.Collapse(Title);
        interpretation.Form = Form;
        interpretation.PublishedOn = PublishedOn!.Value;
        interpretation.Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim();
    }
}
