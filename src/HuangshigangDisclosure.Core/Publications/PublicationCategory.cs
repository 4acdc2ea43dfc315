namespace HuangshigangDisclosure.Core.Publications;

/// <summary>信息类别 (design §2).</summary>
public enum PublicationCategory
{
    /// <summary>政策文件</summary>
    PolicyDocument = 0,

    /// <summary>工作动态</summary>
    WorkNews = 1,

    /// <summary>通知公告</summary>
    Notice = 2,

    /// <summary>统计数据</summary>
    Statistics = 3,

    /// <summary>财政信息</summary>
    Finance = 4,

    /// <summary>人事信息</summary>
    Personnel = 5,

    /// <summary>其他</summary>
    Other = 6,
}
