using HuangshigangDisclosure.Core.Directory.Imports;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Core.Units;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>
/// The workbooks behind "下载模板": the import's headers with two example rows on the first sheet
/// (the one the import reads) and what each column accepts on a second sheet.
/// </summary>
public static class ImportTemplates
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string DataSheet = "导入数据";
    private const string NotesSheet = "填写说明";

    /// <param name="unitName">The unit the examples name (a liaison's own unit).</param>
    /// <param name="directoryCode">A directory code to show in the second example, if the directory has any.</param>
    public static byte[] Publications(string unitName, string? directoryCode)
    {
        var rows = new List<Dictionary<string, object?>>
        {
            PublicationRow(unitName, "关于2022年第三季度城乡低保资金发放情况的公示", "2022-07-05", PublicationChannel.DisclosurePlatform, "https://www.hsg.gov.cn/xxgk/2022/07/05/001.html", PublicationCategory.Finance, null, false),
            PublicationRow(unitName, "关于进一步做好困难群众基本生活保障工作的通知", "2022年7月20日", PublicationChannel.DisclosurePlatform, "https://www.hsg.gov.cn/xxgk/2022/07/20/002.html", PublicationCategory.PolicyDocument, directoryCode, true),
        };
        var notes = new List<Dictionary<string, object?>>
        {
            Note(PublicationColumn.Unit, "必填", "单位全称或简称，须是系统中已有的单位；联络员只能填写本单位。"),
            Note(PublicationColumn.Title, "必填", "信息标题，不超过 300 字。"),
            Note(PublicationColumn.PublishedOn, "必填", "如 2022-07-05、2022/7/5、2022年7月5日，或 Excel 日期。"),
            Note(PublicationColumn.Channel, "选填", $"不填为“信息公开平台”。可选：{PublicationChannels.Names.ListText}。"),
            Note(PublicationColumn.Url, "选填", "以 http:// 或 https:// 开头的完整网址。同一单位同一链接只计一条。"),
            Note(PublicationColumn.Category, "选填", $"不填为“其他”。可选：{PublicationCategories.Names.ListText}。"),
            Note(PublicationColumn.DirectoryCode, "选填", "公开目录中的事项编码，须是系统中已有的编码。"),
            Note(PublicationColumn.NeedsInterpretation, "选填", "“是”或“否”，不填为“否”。涉及面广、与群众关系密切的政策文件填“是”。"),
        };
        return Workbook(rows, notes);
    }

    public static byte[] Units()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            UnitRow("区档案馆", "档案馆", UnitKind.Department),
            UnitRow("江北管理区", "江北", UnitKind.ManagementZone),
        };
        var notes = new List<Dictionary<string, object?>>
        {
            Note(UnitColumn.Name, "必填", "单位全称，不超过 100 字。已有同名单位的行将跳过，不会重复添加。"),
            Note(UnitColumn.ShortName, "选填", "不超过 50 字，各单位不得相同；不填时以单位名称为简称（名称不超过 50 字时）。"),
            Note(UnitColumn.Kind, "必填", $"可选：{UnitKinds.Names.ListText}。"),
        };
        return Workbook(rows, notes);
    }

    /// <summary>The standard directory's columns, with a 预算法 row and a 社会救助 row as they are usually worded.</summary>
    public static byte[] Directory()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            DirectoryRow(new()
            {
                [DirectoryColumn.Code] = "03-01",
                [DirectoryColumn.Level1] = "财政预决算",
                [DirectoryColumn.Level2] = "部门预算",
                [DirectoryColumn.Content] = "部门预算报告及报表（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、政府性基金预算支出表、“三公”经费支出表等）",
                [DirectoryColumn.LegalBasis] = "《中华人民共和国预算法》第十四条；《地方预决算公开操作规程》",
                [DirectoryColumn.TimeLimit] = "财政部门批复后20日内",
                [DirectoryColumn.Publisher] = "区财政局",
                [DirectoryColumn.Channels] = "政府网站",
                [DirectoryColumn.Audience] = "全社会",
                [DirectoryColumn.Mode] = "主动",
                [DirectoryColumn.Level] = "区级",
                [DirectoryColumn.Domain] = "财政预决算",
            }),
            DirectoryRow(new()
            {
                [DirectoryColumn.Code] = "05-01",
                [DirectoryColumn.Level1] = "最低生活保障",
                [DirectoryColumn.Level2] = "低保对象认定",
                [DirectoryColumn.Content] = "城乡低保对象认定条件、申请材料、办理流程、救助标准",
                [DirectoryColumn.LegalBasis] = "《社会救助暂行办法》；《中华人民共和国政府信息公开条例》第二十条",
                [DirectoryColumn.TimeLimit] = "信息形成或者变更之日起20个工作日内",
                [DirectoryColumn.Publisher] = "区民政局",
                [DirectoryColumn.Channels] = "政府网站、社区/村公示栏（电子屏）",
                [DirectoryColumn.Audience] = "全社会",
                [DirectoryColumn.Mode] = "主动",
                [DirectoryColumn.Level] = "区级",
                [DirectoryColumn.Domain] = "社会救助",
            }),
        };
        var notes = new List<Dictionary<string, object?>>
        {
            Note(DirectoryColumn.Code, "必填", "事项编码，如 05-01，文件内不得重复。系统中已有该编码的事项将按本行更新。"),
            Note(DirectoryColumn.Level1, "必填", "一级事项。未填“公开领域”时，一级事项须与已有公开领域的名称一致。"),
            Note(DirectoryColumn.Level2, "选填", "二级事项。"),
            Note(DirectoryColumn.Content, "选填", "公开内容（要素）。"),
            Note(DirectoryColumn.LegalBasis, "选填", "公开依据。"),
            Note(DirectoryColumn.TimeLimit, "必填", "照目录原文填写，如“信息形成或者变更之日起20个工作日内”“颁布或印发之日起5个工作日内”“批复后20日内”（自然日）“每月”“每季度”“每年”“实时公开”“长期公开”。"),
            Note(DirectoryColumn.Publisher, "必填", "负责公开的单位，填写系统中已有单位的名称或简称；多个单位用“、”分隔。"),
            Note(DirectoryColumn.Channels, "选填", "如 政府网站、两微一端、公开查阅点、社区/村公示栏（电子屏）。"),
            Note(DirectoryColumn.Audience, "选填", "全社会或特定群体，不填为“全社会”。也可分“全社会”“特定群体”两列打“√”。"),
            Note(DirectoryColumn.Mode, "选填", "主动或依申请，不填为“主动”。也可分“主动”“依申请”两列打“√”。"),
            Note(DirectoryColumn.Level, "选填", "区级或街道级，不填为“区级”。也可分“县级”“乡级”两列打“√”（县级即区级，乡级即街道级）。"),
            Note(DirectoryColumn.Domain, "选填", "所属公开领域的名称或编码，须是已有的公开领域（导入页面可选择自动新增）。不填时按一级事项匹配。"),
        };
        return Workbook(rows, notes);
    }

    // The written-out columns only; the tick columns are for catalogues kept in the State Council's layout.
    private static Dictionary<string, object?> DirectoryRow(Dictionary<DirectoryColumn, string> values) =>
        DirectoryColumns.All.Where(c => c.Column <= DirectoryColumn.Domain).ToDictionary(c => c.Header, c => (object?)values.GetValueOrDefault(c.Column, ""));

    private static Dictionary<string, object?> PublicationRow(
        string unit, string title, string date, PublicationChannel channel, string url, PublicationCategory category, string? code, bool interpret) => new()
        {
            [ImportHeaders.HeaderOf(PublicationColumn.Unit)] = unit,
            [ImportHeaders.HeaderOf(PublicationColumn.Title)] = title,
            [ImportHeaders.HeaderOf(PublicationColumn.PublishedOn)] = date,
            [ImportHeaders.HeaderOf(PublicationColumn.Channel)] = channel.ChineseName(),
            [ImportHeaders.HeaderOf(PublicationColumn.Url)] = url,
            [ImportHeaders.HeaderOf(PublicationColumn.Category)] = category.ChineseName(),
            [ImportHeaders.HeaderOf(PublicationColumn.DirectoryCode)] = code ?? "",
            [ImportHeaders.HeaderOf(PublicationColumn.NeedsInterpretation)] = interpret ? "是" : "否",
        };

    private static Dictionary<string, object?> UnitRow(string name, string shortName, UnitKind kind) => new()
    {
        [ImportHeaders.HeaderOf(UnitColumn.Name)] = name,
        [ImportHeaders.HeaderOf(UnitColumn.ShortName)] = shortName,
        [ImportHeaders.HeaderOf(UnitColumn.Kind)] = kind.ChineseName(),
    };

    private static Dictionary<string, object?> Note<TColumn>(TColumn column, string required, string text)
        where TColumn : struct, Enum => new()
        {
            ["列"] = column switch
            {
                PublicationColumn p => ImportHeaders.HeaderOf(p),
                UnitColumn u => ImportHeaders.HeaderOf(u),
                DirectoryColumn d => DirectoryColumns.HeaderOf(d),
                _ => column.ToString(),
            },
            ["是否必填"] = required,
            ["填写说明"] = text,
        };

    private static byte[] Workbook(List<Dictionary<string, object?>> rows, List<Dictionary<string, object?>> notes)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [DataSheet] = rows, [NotesSheet] = notes }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
