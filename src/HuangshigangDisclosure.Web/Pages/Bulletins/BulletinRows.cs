using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Bulletins;

/// <summary>A bulletin version as lists show it.</summary>
public sealed record BulletinRow(int Id, Quarter Quarter, string Title, int Revision, int? Number, BulletinStatus Status, DateOnly? IssuedOn, string? IssuedBy, string? CorrectionReason)
{
    public string? NumberLabel => Number is { } n ? Bulletin.NumberLabelOf(Quarter.Year, n) : null;

    /// <summary>Whether a later issued version of the same quarter corrects it.</summary>
    public bool Superseded { get; init; }
}

/// <summary>Who may see which bulletin: the office sees drafts, everyone else only what was issued.</summary>
public static class BulletinRows
{
    public static IQueryable<Bulletin> Visible(AppDbContext db, CurrentUser me) =>
        me.IsAdmin ? db.Bulletins : db.Bulletins.Where(b => b.Status == BulletinStatus.Issued);

    public static async Task<List<BulletinRow>> ListAsync(IQueryable<Bulletin> bulletins)
    {
        var rows = await bulletins.AsNoTracking()
            .Select(b => new BulletinRow(b.Id, b.Quarter, b.Title, b.Revision, b.Number, b.Status, b.IssuedOn, b.IssuedBy, b.CorrectionReason))
            .ToListAsync();
        var latestIssued = rows.Where(r => r.Status == BulletinStatus.Issued)
            .GroupBy(r => r.Quarter)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Revision));
        return
        [
            .. rows
                .Select(r => r with { Superseded = r.Status == BulletinStatus.Issued && latestIssued[r.Quarter] > r.Revision })
                .OrderByDescending(r => r.Quarter).ThenByDescending(r => r.Revision),
        ];
    }
}
