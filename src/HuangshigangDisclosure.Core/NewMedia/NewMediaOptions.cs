using System.ComponentModel.DataAnnotations;

namespace HuangshigangDisclosure.Core.NewMedia;

/// <summary>
/// When an operating account is flagged (configuration section <c>NewMedia</c>). Defaults: the
/// national inspection fails an account not updated in the 2 weeks before a check (国办秘函〔2019〕19号);
/// accounts silent for over 3 months are "zombies" (僵尸) to be closed.
/// </summary>
public sealed class NewMediaOptions
{
    public const string Section = "NewMedia";

    [Range(1, 365)]
    public int DormantDays { get; set; } = 14;

    [Range(1, 3650)]
    public int ZombieDays { get; set; } = 90;

    /// <summary>A zombie is a long-dormant account, so its threshold must be the longer one.</summary>
    public bool IsConsistent => ZombieDays > DormantDays;
}
