using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Interpretations;

/// <summary>The Chinese names of <see cref="InterpretationForm"/>, in the order national guidance lists them.</summary>
public static class InterpretationForms
{
    public static ChineseNames<InterpretationForm> Names { get; } = new(
        [
            (InterpretationForm.Text, "文字"),
            (InterpretationForm.TextWithImages, "图文"),
            (InterpretationForm.Chart, "图表/图解"),
            (InterpretationForm.Audio, "音频"),
            (InterpretationForm.Video, "视频"),
            (InterpretationForm.Animation, "动漫"),
            (InterpretationForm.LiveStream, "直播"),
            (InterpretationForm.QuestionsAndAnswers, "问答"),
            (InterpretationForm.OnlineInterview, "在线访谈"),
            (InterpretationForm.PressConference, "新闻发布会"),
            (InterpretationForm.H5, "H5"),
            (InterpretationForm.Other, "其他"),
        ],
        new Dictionary<string, InterpretationForm>
        {
            ["文字解读"] = InterpretationForm.Text,
            ["图文解读"] = InterpretationForm.TextWithImages,
            ["图表"] = InterpretationForm.Chart,
            ["图解"] = InterpretationForm.Chart,
            ["一图读懂"] = InterpretationForm.Chart,
            ["漫画"] = InterpretationForm.Animation,
            ["动漫/漫画"] = InterpretationForm.Animation,
            ["政策简明问答"] = InterpretationForm.QuestionsAndAnswers,
            ["简明问答"] = InterpretationForm.QuestionsAndAnswers,
            ["访谈"] = InterpretationForm.OnlineInterview,
            ["发布会"] = InterpretationForm.PressConference,
            ["其它"] = InterpretationForm.Other,
        });

    public static string ChineseName(this InterpretationForm form) => Names.NameOf(form);
}
