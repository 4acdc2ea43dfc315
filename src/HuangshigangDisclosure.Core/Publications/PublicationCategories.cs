using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Publications;

/// <summary>The Chinese names of <see cref="PublicationCategory"/>.</summary>
public static class PublicationCategories
{
    /// <summary>What an item is filed under when nothing is said.</summary>
    public const PublicationCategory Default = PublicationCategory.Other;

    public static ChineseNames<PublicationCategory> Names { get; } = new(
        [
            (PublicationCategory.PolicyDocument, "政策文件"),
            (PublicationCategory.WorkNews, "工作动态"),
            (PublicationCategory.Notice, "通知公告"),
            (PublicationCategory.Statistics, "统计数据"),
            (PublicationCategory.Finance, "财政信息"),
            (PublicationCategory.Personnel, "人事信息"),
            (PublicationCategory.Other, "其他"),
        ],
        new Dictionary<string, PublicationCategory>
        {
            ["政策"] = PublicationCategory.PolicyDocument,
            ["动态"] = PublicationCategory.WorkNews,
            ["通知"] = PublicationCategory.Notice,
            ["公告"] = PublicationCategory.Notice,
            ["统计信息"] = PublicationCategory.Statistics,
            ["财政"] = PublicationCategory.Finance,
            ["人事"] = PublicationCategory.Personnel,
            ["其它"] = PublicationCategory.Other,
        });

    public static string ChineseName(this PublicationCategory category) => Names.NameOf(category);
}
