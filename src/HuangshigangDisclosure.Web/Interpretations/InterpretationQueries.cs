using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;

namespace HuangshigangDisclosure.Web.Interpretations;

/// <summary>The questions several pages ask about interpretations (the to-do list, the home page's count).</summary>
public sealed class InterpretationQueries(AppDbContext db)
{
    /// <summary>
    /// 待解读: published policies flagged "needs interpretation" that have no interpretation yet, of
    /// <paramref name="unitId"/> or of every unit when null. Pass <c>CurrentUser.ScopeUnitId</c> so a
    /// liaison only ever counts their own unit. A withdrawn policy needs nothing.
    /// </summary>
    public IQueryable<Publication> PendingPolicies(int? unitId = null) =>
        db.Publications
            .Where(p => p.NeedsInterpretation && p.Status == PublicationStatus.Published)
            .Where(p => unitId == null || p.UnitId == unitId)
            .Where(p => !db.Interpretations.Any(i => i.PolicyId == p.Id));

    /// <summary>
    /// What an interpretation may be recorded for: a published policy document, or any published item
    /// flagged as needing interpretation, of <paramref name="unitId"/> (every unit when null).
    /// </summary>
    public IQueryable<Publication> InterpretablePolicies(int? unitId = null) =>
        db.Publications
            .Where(p => p.Status == PublicationStatus.Published && (p.Category == PublicationCategory.PolicyDocument || p.NeedsInterpretation))
            .Where(p => unitId == null || p.UnitId == unitId);

    /// <summary>The rule of <see cref="InterpretablePolicies"/> for one publication already loaded.</summary>
    public static bool IsInterpretable(PublicationStatus status, PublicationCategory category, bool needsInterpretation) =>
        status == PublicationStatus.Published && (category == PublicationCategory.PolicyDocument || needsInterpretation);
}
