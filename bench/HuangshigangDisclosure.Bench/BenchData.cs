using System.Globalization;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Reminders;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Bench;

/// <summary>
/// A deterministic (seeded) district: units of every kind with people, a directory, publications with
/// monthly rhythms (weekdays, month-end rushes, long silences followed by bursts), policies and their
/// interpretations, new-media accounts with filings, and reminders. Small reference data goes through EF;
/// publications and interpretations through <see cref="BulkInsert"/>, the path imports use.
/// </summary>
public static class BenchData
{
    public const string AdminPassword = "Bench@2026-hsg";

    /// <summary>The generated years end with the last full quarter before this day (the bench's "today").</summary>
    public static readonly DateOnly LastDay = new(2026, 9, 30);

    private const int Chunk = 50_000;

    public static async Task<string> GenerateAsync(IServiceProvider services, int unitCount, int publications, int years, int seed)
    {
        var random = new Random(seed);
        var firstDay = LastDay.AddYears(-years).AddDays(1);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var units = Enumerable.Range(0, unitCount).Select(i =>
        {
            var kind = i % 10 == 0 ? UnitKind.Street : i == 1 ? UnitKind.ManagementZone : i % 17 == 0 ? UnitKind.Other : UnitKind.Department;
            var unit = new Unit { Name = string.Create(CultureInfo.InvariantCulture, $"测试单位{i:0000}"), ShortName = string.Create(CultureInfo.InvariantCulture, $"测{i:0000}"), Kind = kind, SortOrder = i };
            unit.People.Add(new UnitPerson { Role = PersonRole.PersonInCharge, Name = $"负责人{i}", EffectiveFrom = firstDay });
            unit.People.Add(new UnitPerson { Role = PersonRole.Liaison, Name = $"联络员{i}", EffectiveFrom = firstDay });
            return unit;
        }).ToList();
        db.Units.AddRange(units);
        var domain = new DisclosureDomain { Code = "B1", Name = "基准测试领域" };
        var entries = Enumerable.Range(0, 40).Select(e => new DirectoryEntry
        {
            Code = string.Create(CultureInfo.InvariantCulture, $"B1-{e:00}"),
            Domain = domain,
            Level1 = "基准事项",
            Level2 = $"事项{e}",
            Cycle = (DisclosureCycle)(e % 5),
        }).ToList();
        db.DirectoryEntries.AddRange(entries);
        await db.SaveChangesAsync();
        foreach (var unit in units)
        {
            foreach (var entry in entries.Where((_, e) => (e + unit.Id) % 8 == 0))
            {
                db.DirectoryEntryUnits.Add(new DirectoryEntryUnit { DirectoryEntryId = entry.Id, UnitId = unit.Id });
            }

            for (var a = 0; a < 2; a++)
            {
                var account = new NewMediaAccount { UnitId = unit.Id, Name = $"{unit.ShortName}公众号{a}", Platform = NewMediaPlatform.WeChat, LastUpdatedOn = LastDay.AddDays(-random.Next(0, 40)) };
                account.File(FilingKind.Opening, firstDay, null);
                db.NewMediaAccounts.Add(account);
            }
        }

        for (var q = firstDay; q <= LastDay; q = q.AddMonths(3))
        {
            var reminder = new Reminder { Text = "请按要求及时更新政务公开信息。", SentOn = q.AddDays(random.Next(20, 80)), SentBy = "admin" };
            reminder.Recipients.AddRange(units.OrderBy(_ => random.Next()).Take(Math.Max(1, unitCount / 20)).Select(u => new ReminderRecipient { UnitId = u.Id }));
            db.Reminders.Add(reminder);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // The bench logs in with the configured password: no forced change at first log-in.
        await db.Users.Where(u => u.UserName == "admin").ExecuteUpdateAsync(u => u.SetProperty(x => x.MustChangePassword, false));

        var linked = await db.DirectoryEntryUnits.AsNoTracking().GroupBy(l => l.UnitId).ToDictionaryAsync(g => g.Key, g => g.Select(l => l.DirectoryEntryId).ToArray());
        var written = 0;
        foreach (var chunk in Publications(units, linked, publications, firstDay, random).Chunk(Chunk))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            written += await BulkInsert.InsertAsync(db, chunk);
            await transaction.CommitAsync();
        }

        var policies = await db.Publications.AsNoTracking().Where(p => p.NeedsInterpretation).Select(p => new { p.Id, p.UnitId, p.PublishedOn }).ToListAsync();
        var forms = Enum.GetValues<InterpretationForm>();
        var interpretations = policies.Where(_ => random.NextDouble() < 0.6).Select(p => new Interpretation
        {
            PolicyId = p.Id,
            UnitId = p.UnitId,
            Title = "政策解读",
            Form = random.NextDouble() < 0.7 ? InterpretationForm.Text : forms[random.Next(forms.Length)],
            PublishedOn = p.PublishedOn.AddDays(random.Next(0, 7)),
            RecordedBy = "bench",
            RecordedAtUtc = DateTime.UtcNow,
        }).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await BulkInsert.InsertAsync(db, interpretations);
            await transaction.CommitAsync();
        }

        return string.Create(CultureInfo.InvariantCulture, $"{unitCount} units, {written} publications, {interpretations.Count} interpretations over {years} years");
    }

    /// <summary>
    /// Items per unit follow a skewed weight (a few busy bureaus, many quiet units); dates favour weekdays;
    /// a third of the units rush at month end, and one unit-quarter in eight goes silent for weeks then bursts.
    /// </summary>
    private static IEnumerable<Publication> Publications(List<Unit> units, Dictionary<int, int[]> linked, int total, DateOnly firstDay, Random random)
    {
        var days = LastDay.DayNumber - firstDay.DayNumber + 1;
        var weights = units.Select((_, i) => 1.0 / (1 + (i % 37))).ToArray();
        var sum = weights.Sum();
        var left = total;
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            var count = u == units.Count - 1 ? left : (int)Math.Round(total * weights[u] / sum);
            count = Math.Min(count, left);
            left -= count;
            var rushes = u % 3 == 0;
            for (var k = 0; k < count; k++)
            {
                var day = firstDay.AddDays(random.Next(days));
                if (rushes && random.NextDouble() < 0.5)
                {
                    var monthEnd = new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
                    day = monthEnd.AddDays(-random.Next(0, 4));
                }
                else if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && random.NextDouble() < 0.8)
                {
                    day = day.AddDays(day.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
                }

                // Silence then burst: in some quarters this unit's first half-quarter moves into a 3-day burst.
                var quarterStart = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
                if ((unit.Id + quarterStart.Year + quarterStart.Month) % 8 == 0 && day < quarterStart.AddDays(45))
                {
                    day = quarterStart.AddDays(45 + random.Next(0, 3));
                }

                if (day > LastDay)
                {
                    day = LastDay;
                }

                var entries = linked.GetValueOrDefault(unit.Id);
                var roll = random.NextDouble();
                yield return new Publication
                {
                    UnitId = unit.Id,
                    Title = string.Create(CultureInfo.InvariantCulture, $"{unit.ShortName}关于{day:yyyyMMdd}工作的信息{k}"),
                    PublishedOn = day,
                    Channel = roll < 0.85 ? PublicationChannel.DisclosurePlatform : roll < 0.95 ? PublicationChannel.WeChat : PublicationChannel.GovernmentWebsiteColumn,
                    Category = (PublicationCategory)random.Next(0, 7),
                    DirectoryEntryId = entries is { Length: > 0 } && random.NextDouble() < 0.3 ? entries[random.Next(entries.Length)] : null,
                    NeedsInterpretation = random.NextDouble() < 0.03,
                    Status = random.NextDouble() < 0.01 ? PublicationStatus.Withdrawn : PublicationStatus.Published,
                    RecordedBy = "bench",
                    RecordedAtUtc = DateTime.UtcNow,
                };
            }
        }
    }

    /// <summary>An .xlsx in the import layout (单位, 标题, 发布日期) with unique titles dated in the quarter after <see cref="LastDay"/>.</summary>
    public static void WriteImportFile(string path, IReadOnlyList<string> units, int rows, int seed)
    {
        var random = new Random(seed);
        var from = LastDay.AddDays(1);
        var sheet = Enumerable.Range(0, rows).Select(i => new Dictionary<string, object>
        {
            ["单位"] = units[random.Next(units.Count)],
            ["标题"] = string.Create(CultureInfo.InvariantCulture, $"导入测试信息{seed}-{i:000000}"),
            ["发布日期"] = from.AddDays(random.Next(0, 45)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        MiniExcel.SaveAs(path, sheet);
    }
}
