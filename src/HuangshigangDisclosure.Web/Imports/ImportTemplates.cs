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
