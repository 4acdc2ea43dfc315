using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace HuangshigangDisclosure.Web.Calendar;

/// <summary>
/// The working-day calendar every page counts with: the years shipped with the product (the State
/// Council's notices 2022–2026), each replaced or joined by a year the office entered
/// (<see cref="HolidayNotice"/>). Built once and cached; saving a notice calls <see cref="Invalidate"/>.
/// </summary>
public sealed class PortalCalendar(AppDbContext db, IMemoryCache cache)
{
    private const string CacheKey = nameof(PortalCalendar);

    /// <summary>Another instance behind a load balancer (its own cache) sees the office's change within this time.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(CacheKey, out WorkingDayCalendar? cached) && cached is not null)
        {
            return cached;
        }

        var notices = await db.HolidayNotices.AsNoTracking().ToListAsync(cancellationToken);
        var calendar = notices.Aggregate(WorkingDayCalendar.Shipped, (effective, notice) => effective.With(notice.ToHolidayYear()));
        cache.Set(CacheKey, calendar, Lifetime);
        return calendar;
    }

    /// <summary>Drops the cached calendar: the next count reads the notices again.</summary>
    public void Invalidate() => cache.Remove(CacheKey);
}

/// <summary>A working-day figure shown on a page, linked to the page that explains how it was counted.</summary>
public sealed record WorkingDaysLink(DateOnly From, DateOnly To, int Days);
