using System.Globalization;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Interpretations;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>
/// The policies the form offers: one unit's published policy documents and items flagged "needs
/// interpretation", newest first, the flagged ones marked. Never another unit's: the unit is the
/// liaison's own, or the one an Admin chose.
/// </summary>
public sealed record InterpretationChoices(int? UnitId, string? UnitName, IReadOnlyList<SelectListItem> Policies)
{
    public const string ViewDataKey = "InterpretationChoices";

    /// <param name="keepPolicyId">The policy already chosen or on the record, listed even if withdrawn since.</param>
    public static async Task<InterpretationChoices> LoadAsync(InterpretationQueries queries, Data.AppDbContext db, int? unitId, long? keepPolicyId, IStringLocalizer<Strings> localizer)
    {
        if (unitId is null)
        {
            return new(null, null, []);
        }

        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync();
        var policies = await queries.InterpretablePolicies(unitId)
            .OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id)
            .Select(p => new PolicyOption(p.Id, p.Title, p.PublishedOn, p.NeedsInterpretation))
            .ToListAsync();
        if (keepPolicyId is { } keep && policies.All(p => p.Id != keep))
        {
            policies.InsertRange(0, await db.Publications
                .Where(p => p.Id == keep && p.UnitId == unitId)
                .Select(p => new PolicyOption(p.Id, p.Title, p.PublishedOn, p.NeedsInterpretation))
                .ToListAsync());
        }

        var flagged = localizer[nameof(Strings.Publication_NeedsInterpretation)].Value;
        return new(unitId, unitName, policies
            .Select(p => new SelectListItem(
                $"{Format.Date(p.PublishedOn)} · {p.Title}{(p.NeedsInterpretation ? $"（{flagged}）" : "")}",
                p.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList());
    }

    private sealed record PolicyOption(long Id, string Title, DateOnly PublishedOn, bool NeedsInterpretation);
}
