namespace HuangshigangDisclosure.Core.Directory;

/// <summary>
/// 目录事项: one row of the basic-level standard disclosure directory (国办发〔2019〕54号): what must
/// be published, on what basis, within what time limit, by whom and where.
/// </summary>
public class DirectoryEntry
{
    /// <summary>The customary values of 公开对象, 公开方式 and 公开层级 (an imported sheet may spell others).</summary>
    public static IReadOnlyList<string> Audiences { get; } = ["全社会", "特定群体"];

    public static IReadOnlyList<string> Modes { get; } = ["主动", "依申请"];

    public static IReadOnlyList<string> Levels { get; } = ["区级", "街道级"];

    public int Id { get; set; }

    /// <summary>序号 / entry code, unique, e.g. "05-03".</summary>
    public required string Code { get; set; }

    public int DomainId { get; set; }

    public DisclosureDomain? Domain { get; set; }

    /// <summary>一级事项</summary>
    public required string Level1 { get; set; }

    /// <summary>二级事项</summary>
    public required string Level2 { get; set; }

    /// <summary>公开内容（要素）</summary>
    public string Content { get; set; } = "";

    /// <summary>公开依据</summary>
    public string LegalBasis { get; set; } = "";

    /// <summary>公开时限, the original wording kept for display (e.g. 信息形成或者变更之日起20个工作日内).</summary>
    public string TimeLimitText { get; set; } = "";

    public DisclosureCycle Cycle { get; set; }

    /// <summary>For <see cref="DisclosureCycle.WithinDays"/>: how many days.</summary>
    public int? CycleDays { get; set; }

    /// <summary>For <see cref="DisclosureCycle.WithinDays"/>: working days (by the holiday calendar) or calendar days.</summary>
    public bool CycleWorkingDays { get; set; } = true;

    /// <summary>公开主体 as written in the directory; the responsible units are linked separately.</summary>
    public string Publisher { get; set; } = "";

    /// <summary>公开渠道和载体</summary>
    public string Channels { get; set; } = "";

    /// <summary>公开对象: 全社会 or 特定群体.</summary>
    public string Audience { get; set; } = "全社会";

    /// <summary>公开方式: 主动 or 依申请.</summary>
    public string Mode { get; set; } = "主动";

    /// <summary>公开层级: 区级 or 街道级.</summary>
    public string Level { get; set; } = "区级";

    public bool IsActive { get; set; } = true;

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<DirectoryEntryUnit> ResponsibleUnits { get; set; } = [];
}

/// <summary>A unit responsible for publishing a directory entry.</summary>
public class DirectoryEntryUnit
{
    public int DirectoryEntryId { get; set; }

    public DirectoryEntry? DirectoryEntry { get; set; }

    public int UnitId { get; set; }
}
