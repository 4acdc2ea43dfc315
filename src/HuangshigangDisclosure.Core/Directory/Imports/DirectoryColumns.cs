using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Core.Directory.Imports;

/// <summary>The columns of a standard directory sheet (国办发〔2019〕54号), as offices keep it.</summary>
public enum DirectoryColumn
{
    Code,
    Level1,
    Level2,
    Content,
    LegalBasis,
    TimeLimit,
    Publisher,
    Channels,
    Audience,
    Mode,
    Level,
    Domain,

    // The State Council's catalogues give 公开对象, 公开方式 and 公开层级 as two tick columns each,
    // under a merged heading: 全社会 | 特定群体, 主动 | 依申请, 县级 | 乡级, ticked with "√".
    ForEveryone,
    ForSpecificGroups,
    Proactive,
    OnRequest,
    DistrictLevel,
    StreetLevel,
}

/// <summary>
/// Headers of the directory import. The content columns are required even where a row may leave
/// them blank: an import updates recorded entries, so a column missing by mistake would blank a
/// field in every entry. 公开对象/方式/层级 may be left out (their defaults) or given as tick columns,
/// and 公开领域 is optional.
/// </summary>
public static class DirectoryColumns
{
    public static IReadOnlyList<ColumnSpec<DirectoryColumn>> All { get; } =
    [
        new(DirectoryColumn.Code, "序号", true, ["code", "编码", "目录编码", "事项编码", "编号"]),
        new(DirectoryColumn.Level1, "一级事项", true, ["level1", "level_1"]),
        new(DirectoryColumn.Level2, "二级事项", true, ["level2", "level_2"]),
        new(DirectoryColumn.Content, "公开内容", true, ["content", "公开要素", "公开内容要素"]),
        new(DirectoryColumn.LegalBasis, "公开依据", true, ["basis", "legalBasis", "legal_basis"]),
        new(DirectoryColumn.TimeLimit, "公开时限", true, ["timeLimit", "time_limit"]),
        new(DirectoryColumn.Publisher, "公开主体", true, ["publisher", "责任单位", "责任主体"]),
        new(DirectoryColumn.Channels, "公开渠道和载体", true, ["channels", "channel", "公开渠道", "公开渠道及载体"]),
        new(DirectoryColumn.Audience, "公开对象", false, ["audience"]),
        new(DirectoryColumn.Mode, "公开方式", false, ["mode"]),
        new(DirectoryColumn.Level, "公开层级", false, ["level"]),
        new(DirectoryColumn.Domain, "公开领域", false, ["domain", "领域"]),
        new(DirectoryColumn.ForEveryone, "全社会", false, []),
        new(DirectoryColumn.ForSpecificGroups, "特定群体", false, ["特定群众"]),
        new(DirectoryColumn.Proactive, "主动", false, ["主动公开"]),
        new(DirectoryColumn.OnRequest, "依申请", false, ["依申请公开"]),
        new(DirectoryColumn.DistrictLevel, "县级", false, ["区级", "县区级"]),
        new(DirectoryColumn.StreetLevel, "乡级", false, ["街道级", "乡镇级", "乡镇（街道）级"]),
    ];

    public static ColumnMap<DirectoryColumn> Map(IReadOnlyList<string> headers) => ImportHeaders.Map(All, headers);

    public static string HeaderOf(DirectoryColumn column) => All.First(c => c.Column == column).Header;
}
