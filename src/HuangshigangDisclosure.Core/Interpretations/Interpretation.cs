using HuangshigangDisclosure.Core.Publications;

namespace HuangshigangDisclosure.Core.Interpretations;

/// <summary>
/// 政策解读: material explaining a policy publication ("whoever drafts, interprets", 国办发〔2016〕80号),
/// due with the policy or within a few working days after it (configuration, default 3).
/// </summary>
public class Interpretation
{
    public long Id { get; set; }

    /// <summary>The policy publication interpreted (required).</summary>
    public long PolicyId { get; set; }

    public Publication? Policy { get; set; }

    public int UnitId { get; set; }

    public required string Title { get; set; }

    public InterpretationForm Form { get; set; }

    public DateOnly PublishedOn { get; set; }

    public string? Url { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>多样化解读: any form other than plain text.</summary>
    public bool IsDiversified => Form != InterpretationForm.Text;
}
