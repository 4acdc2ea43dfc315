using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
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
        return Page();
    }

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
