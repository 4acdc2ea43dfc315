using System.ComponentModel.DataAnnotations;

namespace HuangshigangDisclosure.Web.Interpretations;

/// <summary>Policy interpretation rules (configuration section <c>Interpretation</c>).</summary>
public sealed class InterpretationOptions
{
    public const string Section = "Interpretation";

    /// <summary>
    /// An interpretation is on time when published no later than this many working days after its
    /// policy. A local rule (Zhengzhou: at the latest 3 working days); Hubei sets none, so it is configuration.
    /// </summary>
    [Range(0, 60)]
    public int OnTimeWorkingDays { get; set; } = 3;
}
