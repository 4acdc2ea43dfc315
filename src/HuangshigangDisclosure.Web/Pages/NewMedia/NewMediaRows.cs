using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Data;

namespace HuangshigangDisclosure.Web.Pages.NewMedia;

/// <summary>An account with the facts its flags depend on, from one query (filing dates aggregated in SQL).</summary>
public sealed record NewMediaRow(int Id, int UnitId, string UnitName, int UnitSortOrder, string Name, NewMediaPlatform Platform, NewMediaFacts Facts, int FilingCount)
{
    /// <summary>The accounts of one unit, or of every unit when <paramref name="unitId"/> is null (filter before the projection: it cannot be filtered after).</summary>
    public static IQueryable<NewMediaRow> Query(AppDbContext db, int? unitId, int? accountId = null) =>
        db.NewMediaAccounts
            .Where(a => (unitId == null || a.UnitId == unitId) && (accountId == null || a.Id == accountId))
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new NewMediaRow(
                a.Id,
                a.UnitId,
                u.Name,
                u.SortOrder,
                a.Name,
                a.Platform,
                new NewMediaFacts(
                    a.Status,
                    a.LastUpdatedOn,
                    a.Filings.Where(f => f.Kind == FilingKind.Opening).Min(f => (DateOnly?)f.FiledOn),
                    a.Filings.Where(f => f.Kind == FilingKind.Opening).Max(f => (DateOnly?)f.FiledOn),
                    a.Filings.Where(f => f.Kind == FilingKind.Cancellation).Max(f => (DateOnly?)f.FiledOn)),
                a.Filings.Count));
}
