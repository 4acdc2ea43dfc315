using HuangshigangDisclosure.Core.Reminders;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// The demo reminder of 2022-09-05 to the streets and the management zone: the bulletin's "updated
/// several items at once after a reminder" (the demo publications burst at 黄石港街道 1–3 days after
/// it). Three units acknowledged it; 花湖街道 and 胜阳港街道 have not. Loads once.
/// </summary>
public static class DemoReminders
{
    /// <summary>The date the demo publications' burst at 黄石港街道 follows.</summary>
    public static readonly DateOnly SentOn = DemoPublications.ReminderToHuangshigang;

    /// <summary>Who acknowledged, and when (China time).</summary>
    private static readonly Dictionary<string, (string By, DateTime AtChina)> Acknowledged = new()
    {
        ["江北管理区"] = ("jiangbei", new DateTime(2022, 9, 7, 8, 45, 0)),
        ["黄石港街道"] = ("huangshigang", new DateTime(2022, 9, 6, 9, 12, 0)),
        ["沈家营街道"] = ("shenjiaying", new DateTime(2022, 9, 5, 15, 30, 0)),
    };

    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Reminders.AnyAsync(cancellationToken))
        {
            return;
        }

        var streets = await db.Units
            .Where(u => u.IsActive && (u.Kind == UnitKind.Street || u.Kind == UnitKind.ManagementZone))
            .OrderBy(u => u.SortOrder)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync(cancellationToken);
        if (streets.Count == 0)
        {
            return;
        }

        db.Reminders.Add(new Reminder
        {
            Text = "请于9月15日前更新信息公开平台，补齐本季度应公开的信息。按照考核要求，各街道（管理区）信息公开平台每月更新不少于4条、每季度不少于12条，请按目录常态化更新，避免集中突击更新。",
            SentOn = SentOn,
            DueOn = new DateOnly(2022, 9, 15),
            SentBy = "admin",
            Recipients = streets.Select(s => new ReminderRecipient
            {
                UnitId = s.Id,
                AcknowledgedAtUtc = Acknowledged.TryGetValue(s.Name, out var ack) ? DateTime.SpecifyKind(ack.AtChina.AddHours(-8), DateTimeKind.Utc) : null,
                AcknowledgedBy = Acknowledged.TryGetValue(s.Name, out var by) ? by.By : null,
            }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
