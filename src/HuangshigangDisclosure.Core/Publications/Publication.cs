using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Publications;

/// <summary>公开信息: one item a unit published proactively.</summary>
public class Publication
{
    public const int TitleMaxLength = 300;
    public const int UrlMaxLength = 1000;

    public long Id { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public required string Title { get; set; }

    /// <summary>The China-local calendar date of publication (a timestamp is converted in Asia/Shanghai).</summary>
    public DateOnly PublishedOn { get; set; }

    public PublicationChannel Channel { get; set; } = PublicationChannels.Default;

    public string? Url { get; set; }

    public PublicationCategory Category { get; set; } = PublicationCategory.Other;

    public int? DirectoryEntryId { get; set; }

    public DirectoryEntry? DirectoryEntry { get; set; }

    /// <summary>需解读: a policy that affects many people and needs an interpretation.</summary>
    public bool NeedsInterpretation { get; set; }

    public PublicationStatus Status { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTime? WithdrawnAtUtc { get; set; }

    /// <summary>Who recorded it (user name) and when (UTC).</summary>
    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    /// <summary>The import that brought it in, if any.</summary>
    public long? ImportBatchId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public void Withdraw(string reason, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status == PublicationStatus.Withdrawn)
        {
            throw new InvalidOperationException("The publication is already withdrawn.");
        }

        Status = PublicationStatus.Withdrawn;
        WithdrawalReason = reason.Trim();
        WithdrawnAtUtc = atUtc;
    }
}
