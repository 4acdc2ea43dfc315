using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>Interpretation forms in the user's language; the Chinese words are Core's <see cref="InterpretationForms"/> (a test keeps them alike).</summary>
public static class InterpretationNames
{
    public static string Display(IStringLocalizer localizer, InterpretationForm form) => localizer[form switch
    {
        InterpretationForm.Text => nameof(Strings.InterpretationForm_Text),
        InterpretationForm.TextWithImages => nameof(Strings.InterpretationForm_TextWithImages),
        InterpretationForm.Chart => nameof(Strings.InterpretationForm_Chart),
        InterpretationForm.Audio => nameof(Strings.InterpretationForm_Audio),
        InterpretationForm.Video => nameof(Strings.InterpretationForm_Video),
        InterpretationForm.Animation => nameof(Strings.InterpretationForm_Animation),
        InterpretationForm.LiveStream => nameof(Strings.InterpretationForm_LiveStream),
        InterpretationForm.QuestionsAndAnswers => nameof(Strings.InterpretationForm_QuestionsAndAnswers),
        InterpretationForm.OnlineInterview => nameof(Strings.InterpretationForm_OnlineInterview),
        InterpretationForm.PressConference => nameof(Strings.InterpretationForm_PressConference),
        InterpretationForm.H5 => nameof(Strings.InterpretationForm_H5),
        _ => nameof(Strings.InterpretationForm_Other),
    }];
}
