using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>An earlier record the new one would repeat (design §3's duplicate rule).</summary>
public sealed record PublicationDuplicate(long Id, string Title, DateOnly PublishedOn, bool SameUrl);

/// <summary>The rules of a recorded or edited publication that the attributes of <see cref="PublicationForm"/> cannot say.</summary>
internal static class PublicationChecks
{
    /// <summary>
    /// Adds a message to <paramref name="modelState"/> for every broken rule; when all else is right,
    /// looks for a duplicate and returns it (the page shows it with a link to the record).
    /// </summary>
    /// <param name="unitId">The unit the item is recorded for: the liaison's own, or the one an Admin chose.</param>
    /// <param name="existing">The record being edited, or null for a new one.</param>
    public static async Task<PublicationDuplicate?> CheckAsync(
        AppDbContext db, PublicationForm form, int? unitId, Publication? existing, DateOnly today, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer)
    {
        // A unit made inactive keeps the records it has; only new ones need an active unit.
        var keptUnitId = existing?.UnitId;
        if (unitId is null || !await db.Units.AnyAsync(u => u.Id == unitId && (u.IsActive || u.Id == keptUnitId)))
        {
            modelState.AddModelError("Input.UnitId", localizer[nameof(Strings.Publications_UnitRequired)]);
        }

        if (form.PublishedOn is { } date && (date < PublicationRowParser.EarliestDate || date > today))
        {
            modelState.AddModelError("Input.PublishedOn", localizer[nameof(Strings.Publications_DateOutOfRange), Format.Date(PublicationRowParser.EarliestDate), Format.Date(today)]);
        }

        if (!string.IsNullOrWhiteSpace(form.Url))
        {
            if (!PublicationForm.IsWebAddress(form.Url))
            {
                modelState.AddModelError("Input.Url", localizer[nameof(Strings.Publications_UrlInvalid)]);
            }
            else if (form.NormalUrl!.Length > Publication.UrlMaxLength)
            {
                modelState.AddModelError("Input.Url", localizer[nameof(Strings.Validation_MaxLength), localizer[nameof(Strings.Publication_Url)], Publication.UrlMaxLength]);
            }
        }

        // A value on no list fails model binding (or, as a number, binds to no named value): either way the
        // user is told to pick from the list rather than shown the binder's generic words.
        OnList(modelState, "Input.Channel", Enum.IsDefined(form.Channel), localizer[nameof(Strings.Publications_ChannelInvalid)]);
        OnList(modelState, "Input.Category", Enum.IsDefined(form.Category), localizer[nameof(Strings.Publications_CategoryInvalid)]);

        if (form.DirectoryEntryId is { } entryId)
        {
            var entry = await db.DirectoryEntries.AsNoTracking()
                .Where(e => e.Id == entryId)
                .Select(e => new { e.Code, e.IsActive, OfUnit = e.ResponsibleUnits.Any(u => u.UnitId == unitId) })
                .FirstOrDefaultAsync();
            // An entry retired since the record was made may stay on it; a new link needs an active entry.
            if (entry is null || (!entry.IsActive && entryId != existing?.DirectoryEntryId))
            {
                modelState.AddModelError("Input.DirectoryEntryId", localizer[nameof(Strings.Publications_EntryInvalid)]);
            }
            else if (!entry.OfUnit && unitId is not null)
            {
                modelState.AddModelError("Input.DirectoryEntryId", localizer[nameof(Strings.Publications_EntryNotOfUnit), entry.Code]);
            }
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return await FindDuplicateAsync(db, unitId!.Value, form, existing?.Id);
    }

    private static void OnList(ModelStateDictionary modelState, string key, bool defined, string message)
    {
        if (defined && modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
        {
            return;
        }

        modelState.Remove(key);
        modelState.AddModelError(key, message);
    }

    /// <summary>The same unit and link, or the same unit, title and date (design §3).</summary>
    private static async Task<PublicationDuplicate?> FindDuplicateAsync(AppDbContext db, int unitId, PublicationForm form, long? exceptId)
    {
        var title = form.NormalTitle;
        var date = form.PublishedOn!.Value;
        var url = form.NormalUrl;
        var typedUrl = form.Url?.Trim();
        // A withdrawn item does not count: it was taken back (撤回/错发), so recording the same item
        // again, correctly, must be possible. Scoring likewise ignores withdrawn items.
        var clashes = await db.Publications.AsNoTracking()
            .Where(p => p.UnitId == unitId && p.Status == PublicationStatus.Published && p.Id != exceptId)
            .Where(p => (url != null && (p.Url == url || p.Url == typedUrl)) || (p.Title == title && p.PublishedOn == date))
            .OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.PublishedOn, p.Url })
            .ToListAsync();
        var sameUrl = url is null ? null : clashes.FirstOrDefault(c => c.Url == url || c.Url == typedUrl);
        var clash = sameUrl ?? clashes.FirstOrDefault();
        return clash is null ? null : new PublicationDuplicate(clash.Id, clash.Title, clash.PublishedOn, sameUrl is not null);
    }
}
