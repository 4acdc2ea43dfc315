using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Interpretations;
using HuangshigangDisclosure.Web.Pages.Publications;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>The policy an interpretation is for, as the form needs it.</summary>
public sealed record PolicyChoice(long Id, int UnitId, string UnitName, string Title, DateOnly PublishedOn, PublicationStatus Status, PublicationCategory Category, bool NeedsInterpretation)
{
    public bool IsInterpretable => InterpretationQueries.IsInterpretable(Status, Category, NeedsInterpretation);

    public static Task<PolicyChoice?> FindAsync(AppDbContext db, long id) =>
        db.Publications.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PolicyChoice(p.Id, p.UnitId, p.Unit!.Name, p.Title, p.PublishedOn, p.Status, p.Category, p.NeedsInterpretation))
            .FirstOrDefaultAsync();
}

/// <summary>The rules of a recorded or edited interpretation that its attributes cannot say.</summary>
internal static class InterpretationChecks
{
    /// <summary>
    /// The posted policy, or null when the user may not write for it (another unit's, or none by that
    /// id): the page answers 404 then, so another unit's policy is not even confirmed to exist.
    /// A missing choice is a message, not a refusal.
    /// </summary>
    public static async Task<(PolicyChoice? Policy, bool Refused)> PolicyAsync(AppDbContext db, CurrentUser me, InterpretationInput input, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer)
    {
        if (input.PolicyId is not { } id)
        {
            modelState.AddModelError("Input.PolicyId", localizer[nameof(Strings.Interpretations_PolicyRequired)]);
            return (null, false);
        }

        var policy = await PolicyChoice.FindAsync(db, id);
        return policy is null || !me.CanWrite(policy.UnitId) ? (null, true) : (policy, false);
    }

    /// <param name="keptPolicyId">The policy already on the record: it may stay even if withdrawn since.</param>
    public static void Check(InterpretationInput input, PolicyChoice? policy, long? keptPolicyId, DateOnly today, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer)
    {
        if (policy is not null && !policy.IsInterpretable && policy.Id != keptPolicyId)
        {
            modelState.AddModelError("Input.PolicyId", localizer[nameof(Strings.Interpretations_PolicyNotInterpretable)]);
        }

        // Dated before its policy is allowed: released together (三同步), the lag is then 0.
        if (input.PublishedOn is { } date && (date < PublicationRowParser.EarliestDate || date > today))
        {
            modelState.AddModelError("Input.PublishedOn", localizer[nameof(Strings.Interpretations_DateOutOfRange), Format.Date(PublicationRowParser.EarliestDate), Format.Date(today)]);
        }

        if (!string.IsNullOrWhiteSpace(input.Url))
        {
            if (!PublicationForm.IsWebAddress(input.Url))
            {
                modelState.AddModelError("Input.Url", localizer[nameof(Strings.Interpretations_UrlInvalid)]);
            }
            else if (input.Url.Trim().Length > InterpretationInput.UrlMaxLength)
            {
                modelState.AddModelError("Input.Url", localizer[nameof(Strings.Validation_MaxLength), localizer[nameof(Strings.Interpretation_Url)], InterpretationInput.UrlMaxLength]);
            }
        }

        // A value on no list fails binding, or binds as a number that names no form: either way, "pick from the list".
        if (!Enum.IsDefined(input.Form) || modelState.GetFieldValidationState("Input.Form") == ModelValidationState.Invalid)
        {
            modelState.Remove("Input.Form");
            modelState.AddModelError("Input.Form", localizer[nameof(Strings.Interpretations_FormInvalid)]);
        }
    }
}
