namespace HuangshigangDisclosure.Core.Directory;

/// <summary>How often a directory entry falls due (the machine-readable side of 公开时限).</summary>
public enum DisclosureCycle
{
    /// <summary>Within N (working or calendar) days after the information is formed or changed.</summary>
    WithinDays = 0,

    /// <summary>每月</summary>
    Monthly = 1,

    /// <summary>每季度</summary>
    Quarterly = 2,

    /// <summary>每年</summary>
    Annually = 3,

    /// <summary>实时公开 / 长期公开 / 及时公开: kept current, no fixed due date.</summary>
    Continuous = 4,
}
