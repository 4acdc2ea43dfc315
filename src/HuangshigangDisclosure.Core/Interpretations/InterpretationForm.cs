namespace HuangshigangDisclosure.Core.Interpretations;

/// <summary>解读形式, as national guidance and the seed name them. Anything but plain text is "diversified".</summary>
public enum InterpretationForm
{
    /// <summary>文字</summary>
    Text = 0,

    /// <summary>图文</summary>
    TextWithImages = 1,

    /// <summary>图表/图解</summary>
    Chart = 2,

    /// <summary>音频</summary>
    Audio = 3,

    /// <summary>视频</summary>
    Video = 4,

    /// <summary>动漫</summary>
    Animation = 5,

    /// <summary>直播</summary>
    LiveStream = 6,

    /// <summary>问答 (政策简明问答)</summary>
    QuestionsAndAnswers = 7,

    /// <summary>在线访谈</summary>
    OnlineInterview = 8,

    /// <summary>新闻发布会</summary>
    PressConference = 9,

    /// <summary>H5</summary>
    H5 = 10,

    /// <summary>其他</summary>
    Other = 11,
}
