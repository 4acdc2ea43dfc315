using System.Globalization;
using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>
/// The demo data reproduces every figure of the Q3 2022 bulletin (shared/seed/bulletin-2022Q3).
/// The figures are computed here with GROUP BY queries on the database, independently of how the
/// demo seeder produced them. A publication counts when it is Published, on 信息公开平台, and dated
/// in the quarter (design §3).
/// </summary>
public class DemoDataTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Q3From = new(2022, 7, 1);
    private static readonly DateOnly Q3To = new(2022, 9, 30);
    private static readonly string[] Streets = ["江北管理区", "花湖街道", "黄石港街道", "沈家营街道", "胜阳港街道"];

    private static IQueryable<Publication> Counted(AppDbContext db, DateOnly from, DateOnly to) =>
        db.Publications.Where(p => p.Status == PublicationStatus.Published
            && p.Channel == PublicationChannel.DisclosurePlatform
            && p.PublishedOn >= from && p.PublishedOn <= to);

    private sealed record UnitFigure(string Name, int SortOrder, int Items, int Linked);

    /// <summary>Counted Q3 items and directory-linked items per active unit: one GROUP BY.</summary>
    private static IQueryable<UnitFigure> Q3ByUnit(AppDbContext db) =>
        from p in Counted(db, Q3From, Q3To)
        join u in db.Units on p.UnitId equals u.Id
        where u.IsActive
        group p by new { u.Name, u.SortOrder } into g
        orderby g.Key.SortOrder
        select new UnitFigure(g.Key.Name, g.Key.SortOrder, g.Count(), g.Count(p => p.DirectoryEntryId != null));

    private Task<List<UnitFigure>> Q3ByUnitAsync() => portal.WithDbAsync(db => Q3ByUnit(db).ToListAsync());

    [Fact]
    public async Task The_district_total_for_Q3_2022_is_1155()
    {
        output.WriteLine(await portal.WithDbAsync(db => Task.FromResult(Q3ByUnit(db).ToQueryString())));
        var byUnit = await Q3ByUnitAsync();
        output.WriteLine("单位 | Q3计数 | 关联目录");
        foreach (var unit in byUnit)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{unit.Name} | {unit.Items} | {unit.Linked}"));
        }

        var total = byUnit.Sum(u => u.Items);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"district total = {total}"));
        Assert.Equal(1155, total);
        Assert.Equal(25, byUnit.Count);
    }

    [Fact]
    public async Task The_streets_and_the_zone_published_8_7_7_12_8_and_only_shenjiaying_met_12()
    {
        var byUnit = (await Q3ByUnitAsync()).ToDictionary(u => u.Name, u => u.Items);
        var streets = Streets.Select(s => (Name: s, Items: byUnit[s])).ToList();
        foreach (var (name, items) in streets)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {items} {(items >= 12 ? "达标" : "未达标")}"));
        }

        Assert.Equal([8, 7, 7, 12, 8], streets.Select(s => s.Items));
        Assert.Equal(["沈家营街道"], streets.Where(s => s.Items >= 12).Select(s => s.Name));
        Assert.Equal(8.4, streets.Average(s => s.Items), 3);
    }

    [Fact]
    public async Task Shenjiaying_published_4_items_in_each_month_and_the_other_streets_missed_a_month()
    {
        var byMonth = await portal.WithDbAsync(db =>
            (from p in Counted(db, Q3From, Q3To)
             join u in db.Units on p.UnitId equals u.Id
             where u.Kind == UnitKind.Street || u.Kind == UnitKind.ManagementZone
             group p by new { u.Name, p.PublishedOn.Month } into g
             select new { g.Key.Name, g.Key.Month, Items = g.Count() })
            .ToListAsync());

        int[] Months(string street) => [.. new[] { 7, 8, 9 }.Select(m => byMonth.SingleOrDefault(x => x.Name == street && x.Month == m)?.Items ?? 0)];
        foreach (var street in Streets)
        {
            output.WriteLine($"{street} 7/8/9月: {string.Join("/", Months(street))}");
        }

        Assert.Equal([4, 4, 4], Months("沈家营街道"));
        Assert.All(Streets.Where(s => s != "沈家营街道"), s => Assert.Contains(Months(s), m => m < 4));
    }

    [Fact]
    public async Task Finance_civil_affairs_and_human_resources_link_35_18_16_items_and_lead_directory_coverage()
    {
        var linked = (await Q3ByUnitAsync()).ToDictionary(u => u.Name, u => u.Linked);

        // Per unit: its responsible entries, and how many of them it covered with a counted Q3 item.
        var coverage = await portal.WithDbAsync(db =>
        {
            var counted = Counted(db, Q3From, Q3To);
            return (from l in db.DirectoryEntryUnits
                    join e in db.DirectoryEntries on l.DirectoryEntryId equals e.Id
                    join u in db.Units on l.UnitId equals u.Id
                    where e.IsActive && u.IsActive
                    select new
                    {
                        u.Name,
                        Covered = counted.Any(p => p.UnitId == l.UnitId && p.DirectoryEntryId == l.DirectoryEntryId) ? 1 : 0,
                    })
                .GroupBy(x => x.Name)
                .Select(g => new { Name = g.Key, Entries = g.Count(), Covered = g.Sum(x => x.Covered) })
                .ToListAsync();
        });

        var ranked = coverage
            .Select(c => (c.Name, c.Entries, c.Covered, Share: (double)c.Covered / c.Entries, Linked: linked.GetValueOrDefault(c.Name)))
            .OrderByDescending(c => c.Share).ThenByDescending(c => c.Linked).ToList();
        output.WriteLine("单位 | 目录事项 | 已覆盖 | 覆盖率 | 关联条数");
        foreach (var c in ranked)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Name} | {c.Entries} | {c.Covered} | {c.Share:P0} | {c.Linked}"));
        }

        Assert.Equal(["区财政局", "区民政局", "区人社局"], ranked.Take(3).Select(c => c.Name));
        Assert.Equal([35, 18, 16], ranked.Take(3).Select(c => c.Linked));
        Assert.True(ranked[3].Share < ranked[2].Share, "the fourth unit must cover a smaller share than the top three");
        Assert.All(linked.Where(l => l.Key is not ("区财政局" or "区民政局" or "区人社局")), l => Assert.True(l.Value < 16, $"{l.Key} links {l.Value}"));
    }

    [Fact]
    public async Task Huangshigang_street_was_silent_for_weeks_then_published_a_burst_after_the_reminder()
    {
        // Every unit's counted items per day, from 21 days before the quarter (a silence may start in Q2).
        var since = Q3From.AddDays(-21);
        var perDay = await portal.WithDbAsync(db =>
            (from p in Counted(db, since, Q3To)
             join u in db.Units on p.UnitId equals u.Id
             group p by new { u.Name, p.PublishedOn } into g
             select new { g.Key.Name, g.Key.PublishedOn, Items = g.Count() })
            .ToListAsync());

        // A burst starts on d: ≥ 4 items on d..d+2 and nothing on the 21 days before d (design §3).
        var bursts = new List<(string Unit, DateOnly Day, int Items, int SilentDays)>();
        foreach (var unit in perDay.GroupBy(x => x.Name))
        {
            var items = unit.ToDictionary(x => x.PublishedOn, x => x.Items);
            int On(DateOnly day) => items.GetValueOrDefault(day);
            for (var day = Q3From; day <= Q3To; day = day.AddDays(1))
            {
                var window = On(day) + On(day.AddDays(1)) + On(day.AddDays(2));
                if (window >= 4 && Enumerable.Range(1, 21).All(back => On(day.AddDays(-back)) == 0))
                {
                    var silent = Enumerable.Range(1, 200).TakeWhile(back => day.AddDays(-back) >= since && On(day.AddDays(-back)) == 0).Count();
                    bursts.Add((unit.Key, day, window, silent));
                }
            }
        }

        foreach (var burst in bursts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"burst: {burst.Unit} from {burst.Day:yyyy-MM-dd}, {burst.Items} items in 3 days after {burst.SilentDays} silent days"));
        }

        var reminder = new DateOnly(2022, 9, 5);
        var only = Assert.Single(bursts);
        Assert.Equal("黄石港街道", only.Unit);
        Assert.InRange(only.Day, reminder.AddDays(1), reminder.AddDays(3));
        Assert.True(only.SilentDays >= 21);
    }

    [Fact]
    public async Task WeChat_notice_board_and_withdrawn_items_exist_and_are_not_counted()
    {
        var q3 = await portal.WithDbAsync(db => db.Publications
            .Where(p => p.PublishedOn >= Q3From && p.PublishedOn <= Q3To)
            .GroupBy(p => new { p.Channel, p.Status })
            .Select(g => new { g.Key.Channel, g.Key.Status, Items = g.Count() })
            .ToListAsync());
        foreach (var group in q3)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Channel.ChineseName()} {group.Status} {group.Items}"));
        }

        Assert.Contains(q3, g => g.Channel == PublicationChannel.WeChat && g.Items > 0);
        Assert.Contains(q3, g => g.Channel == PublicationChannel.DisclosurePlatform && g.Status == PublicationStatus.Withdrawn && g.Items > 0);
        var counted = q3.Where(g => g.Channel == PublicationChannel.DisclosurePlatform && g.Status == PublicationStatus.Published).Sum(g => g.Items);
        Assert.Equal(1155, counted);
        Assert.True(q3.Sum(g => g.Items) > counted);

        // The withdrawn items belong to units whose figures the bulletin states, so counting them would show.
        var withdrawn = await portal.WithDbAsync(db => db.Publications
            .Where(p => p.Status == PublicationStatus.Withdrawn && p.PublishedOn >= Q3From && p.PublishedOn <= Q3To)
            .Select(p => new { Unit = p.Unit!.Name, p.Title, p.WithdrawalReason })
            .ToListAsync());
        Assert.All(withdrawn, w => Assert.StartsWith("错发", w.WithdrawalReason, StringComparison.Ordinal));
        Assert.Contains(withdrawn, w => w.Unit == "区民政局");
        Assert.Contains(withdrawn, w => w.Unit == "胜阳港街道");
    }

    [Fact]
    public async Task No_publication_is_a_duplicate_by_url_or_by_title_and_date()
    {
        var (byUrl, byTitle) = await portal.WithDbAsync(async db =>
        {
            var url = await db.Publications.Where(p => p.Url != null)
                .GroupBy(p => new { p.UnitId, p.Url }).Where(g => g.Count() > 1).CountAsync();
            var title = await db.Publications
                .GroupBy(p => new { p.UnitId, p.Title, p.PublishedOn }).Where(g => g.Count() > 1).CountAsync();
            return (url, title);
        });

        Assert.Equal(0, byUrl);
        Assert.Equal(0, byTitle);
    }

    [Fact]
    public async Task Policies_needing_interpretation_come_from_the_units_the_bulletin_names_and_others()
    {
        var units = await portal.WithDbAsync(db => Counted(db, Q3From, Q3To)
            .Where(p => p.Category == PublicationCategory.PolicyDocument && p.NeedsInterpretation)
            .GroupBy(p => p.Unit!.Name)
            .Select(g => new { Name = g.Key, Items = g.Count() })
            .ToListAsync());
        output.WriteLine(string.Join("、", units.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Name} {u.Items}"))));

        Assert.Subset(units.Select(u => u.Name).ToHashSet(), new HashSet<string> { "区发改局", "区司法局", "区民政局" });
        Assert.True(units.Count > 3);
    }

    [Fact]
    public async Task Q2_and_Q4_2022_have_plausible_different_totals()
    {
        var totals = await portal.WithDbAsync(db => Counted(db, new DateOnly(2022, 4, 1), new DateOnly(2022, 12, 31))
            .GroupBy(p => (p.PublishedOn.Month - 1) / 3 + 1)
            .Select(g => new { Quarter = g.Key, Items = g.Count() })
            .OrderBy(x => x.Quarter)
            .ToListAsync());
        output.WriteLine(string.Join(", ", totals.Select(t => string.Create(CultureInfo.InvariantCulture, $"2022Q{t.Quarter}: {t.Items}"))));

        Assert.Equal([2, 3, 4], totals.Select(t => t.Quarter));
        Assert.Equal(1155, totals[1].Items);
        Assert.Equal(3, totals.Select(t => t.Items).Distinct().Count());
        Assert.All(totals, t => Assert.InRange(t.Items, 900, 1500));
    }

    [Fact]
    public async Task Most_items_are_dated_on_working_days()
    {
        // 国办发明电〔2021〕11号: the 2022 holidays from April on, and the weekend days worked instead (调休).
        var holidays = new[] { "04-03", "04-04", "04-05", "04-30", "05-01", "05-02", "05-03", "05-04", "06-03", "06-04", "06-05", "09-10", "09-11", "09-12", "10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07", "12-31" }
            .Select(d => DateOnly.ParseExact("2022-" + d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
        var workedWeekends = new[] { "04-02", "04-24", "05-07", "10-08", "10-09" }
            .Select(d => DateOnly.ParseExact("2022-" + d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
        bool IsWorkingDay(DateOnly day) => workedWeekends.Contains(day)
            || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day));

        var days = await portal.WithDbAsync(db => db.Publications
            .GroupBy(p => p.PublishedOn).Select(g => new { Day = g.Key, Items = g.Count() }).ToListAsync());
        var offDays = days.Where(d => !IsWorkingDay(d.Day)).Sum(d => d.Items);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"items on days off: {offDays} of {days.Sum(d => d.Items)}"));

        Assert.InRange(offDays, 1, days.Sum(d => d.Items) / 50);
    }

    [Fact]
    public async Task The_directory_has_18_domains_of_2_to_5_entries_with_consistent_cycles()
    {
        var domains = await portal.WithDbAsync(db => db.DisclosureDomains
            .GroupJoin(db.DirectoryEntries, d => d.Id, e => e.DomainId, (d, entries) => new { d.Name, Entries = entries.Count() })
            .ToListAsync());
        output.WriteLine(string.Join("、", domains.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Name}({d.Entries})"))));
        Assert.Equal(18, domains.Count);
        Assert.All(domains, d => Assert.InRange(d.Entries, 2, 5));
        Assert.DoesNotContain(domains, d => d.Name.Contains("农", StringComparison.Ordinal) || d.Name == "扶贫");

        var entries = await portal.WithDbAsync(db => db.DirectoryEntries
            .Select(e => new { e.Code, e.TimeLimitText, e.Cycle, e.CycleDays, e.CycleWorkingDays, e.Level, Units = e.ResponsibleUnits.Count })
            .ToListAsync());
        Assert.All(entries, e => Assert.True(e.Units > 0, $"{e.Code} has no responsible unit"));
        Assert.All(entries.Where(e => e.Level == "街道级"), e => Assert.Equal(5, e.Units));
        foreach (var e in entries)
        {
            var days = Regex.Match(e.TimeLimitText, @"(\d+)(个工作日|日)内");
            var expected = e.TimeLimitText switch
            {
                "每月" => DisclosureCycle.Monthly,
                "每季度" => DisclosureCycle.Quarterly,
                "每年" => DisclosureCycle.Annually,
                _ when days.Success => DisclosureCycle.WithinDays,
                _ => DisclosureCycle.Continuous,
            };
            Assert.True(expected == e.Cycle, $"{e.Code} {e.TimeLimitText}: {e.Cycle}");
            if (days.Success)
            {
                Assert.Equal(int.Parse(days.Groups[1].Value, CultureInfo.InvariantCulture), e.CycleDays);
                Assert.Equal(days.Groups[2].Value == "个工作日", e.CycleWorkingDays);
            }
        }
    }
}
