using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Interpretations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>One publication with every field, who recorded it and when, and its withdrawal if any.</summary>
public class DetailsModel(AppDbContext db, CurrentUser me) : PageModel
{
    public PublicationView Publication { get; private set; } = null!;

    /// <summary>Whether the user may edit or withdraw it (Leaders and other units' liaisons may not).</summary>
    public bool MayWrite { get; private set; }

    /// <summary>Whether the user may record an interpretation of it: a published policy document or an item flagged as needing one.</summary>
    public bool MayInterpret { get; private set; }

    /// <summary>The interpretations recorded for it (政策解读), oldest first.</summary>
    public IReadOnlyList<InterpretationItem> Interpretations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var publication = await db.Publications.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PublicationView(
                p.Id, p.UnitId, p.Unit!.Name, p.Title, p.PublishedOn, p.Channel, p.Url, p.Category,
                p.DirectoryEntry == null ? null : p.DirectoryEntry.Code,
                p.DirectoryEntry == null ? null : p.DirectoryEntry.Level1 + " · " + p.DirectoryEntry.Level2,
                p.NeedsInterpretation, p.Status, p.WithdrawalReason, p.WithdrawnAtUtc, p.RecordedBy, p.RecordedAtUtc, p.ImportBatchId))
            .FirstOrDefaultAsync();
        // Another unit's record is "not found" for a liaison: its existence is not confirmed.
        if (publication is null || !me.CanRead(publication.UnitId))
        {
            return NotFound();
        }

        Publication = publication;
        MayWrite = me.CanWrite(publication.UnitId) && publication.Status == PublicationStatus.Published;
        MayInterpret = me.CanWrite(publication.UnitId) && InterpretationQueries.IsInterpretable(publication.Status, publication.Category, publication.NeedsInterpretation);
        Interpretations = await db.Interpretations.AsNoTracking()
            .Where(i => i.PolicyId == id)
            .OrderBy(i => i.PublishedOn).ThenBy(i => i.Id)
            .Select(i => new InterpretationItem(i.Id, i.Title, i.Form, i.PublishedOn))
            .ToListAsync();
        return Page();
    }

    public sealed record InterpretationItem(long Id, string Title, InterpretationForm Form, DateOnly PublishedOn);

    public sealed record PublicationView(
        long Id,
        int UnitId,
        string UnitName,
        string Title,
        DateOnly PublishedOn,
        PublicationChannel Channel,
        string? Url,
        PublicationCategory Category,
        string? EntryCode,
        string? EntryName,
        bool NeedsInterpretation,
        PublicationStatus Status,
        string? WithdrawalReason,
        DateTime? WithdrawnAtUtc,
        string RecordedBy,
        DateTime RecordedAtUtc,
        long? ImportBatchId);
}
