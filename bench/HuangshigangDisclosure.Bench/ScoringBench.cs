using System.Diagnostics;
using System.Globalization;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Data.Scoring;
using HuangshigangDisclosure.Web.Calendar;
using HuangshigangDisclosure.Web.Scoring;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Bench;

/// <summary>
/// scoring_ratio: the median time to score a quarter through the product's own path (every grouped query and the
/// pure scorer, no cache) ÷ the median time of the bare SQL aggregate over the same rows (the floor: counted items
/// GROUP BY unit and day over the quarter's input window, read to the end). Also the cached path, for the record.
/// </summary>
public static class ScoringBench
{
    public static async Task RunAsync(IServiceProvider services, Quarter quarter, int repeat)
    {
        var product = new List<double>();
        var floor = new List<double>();
        var cached = new List<double>();
        var units = 0;
        var total = 0;
        for (var i = 0; i <= repeat; i++)
        {
            // Alternate the two so that caches of the database and the OS warm both alike; run 0 is a warm-up.
            var (p, scores) = await TimeAsync(services, (service, _) => service.ComputeAsync(quarter, BenchData.LastDay.AddDays(30)));
            var (f, rows) = await TimeAsync(services, (_, db) => BareAggregateAsync(db, quarter));
            var (c, _) = await TimeAsync(services, (service, _) => service.ScoreAsync(quarter));
            if (i > 0)
            {
                product.Add(p);
                floor.Add(f);
                cached.Add(c);
            }

            units = scores.Units.Count;
            total = scores.DistrictTotal;
            Debug.Assert(rows > 0, "the bare aggregate read rows");
        }

        var ratio = Median(product) / Median(floor);
        static string Each(List<double> runs) => string.Join(' ', runs.Select(ms => ms.ToString("F0", CultureInfo.InvariantCulture)));
        Console.WriteLine($"each run (ms): product {Each(product)}; bare aggregate {Each(floor)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quarter {quarter}: {units} units, district total {total}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scoring product path median {Median(product):F1} ms, bare aggregate median {Median(floor):F1} ms, cached median {Median(cached):F2} ms"));
        if (services.GetService<CommandTimings>() is { } timings)
        {
            await ProfileAsync(services, timings, quarter);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SCORING scoring_ratio={ratio:F2} product_ms={Median(product):F1} floor_ms={Median(floor):F1} cached_ms={Median(cached):F2}"));
    }

    /// <summary>One more product-path run: the time of each SQL command (read to its end), of the loading, and of the pure scorer.</summary>
    private static async Task ProfileAsync(IServiceProvider services, CommandTimings timings, Quarter quarter)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<QuarterScoreService>().Options;
        var calendar = await scope.ServiceProvider.GetRequiredService<PortalCalendar>().GetAsync();
        var today = BenchData.LastDay.AddDays(30);
        timings.Commands.Clear();
        var watch = Stopwatch.StartNew();
        await using var countsDb = new AppDbContext(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>());
        var inputs = await ScoringInputsQuery.LoadAsync(countsDb, db, quarter, today, options);
        var load = watch.Elapsed.TotalMilliseconds;
        QuarterScorer.Score(quarter, today, inputs, options, calendar);
        var score = watch.Elapsed.TotalMilliseconds - load;
        foreach (var (text, ms) in timings.Commands)
        {
            var oneLine = string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,8:F1} ms  {oneLine[..Math.Min(150, oneLine.Length)]}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {load,8:F1} ms  loading in all (the publications pass runs beside the other commands, on a connection of its own)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {score,8:F1} ms  the pure scorer; total {load + score:F1} ms"));
    }

    private static async Task<(double Ms, T Result)> TimeAsync<T>(IServiceProvider services, Func<QuarterScoreService, AppDbContext, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<QuarterScoreService>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var watch = Stopwatch.StartNew();
        var result = await work(service, db);
        return (watch.Elapsed.TotalMilliseconds, result);
    }

    /// <summary>The floor: the one aggregate any scoring must read, as the product's own counted-rows rule writes it.</summary>
    private static async Task<int> BareAggregateAsync(AppDbContext db, Quarter quarter)
    {
        var options = new ScoringOptions();
        var window = QuarterScorer.InputWindow(quarter, options);
        var counted = options.CountedChannelSet().ToList();
        var rows = await ScoringInputsQuery.Counted(db, counted)
            .Where(p => p.PublishedOn >= window.CountsFrom && p.PublishedOn <= window.CountsTo)
            .GroupBy(p => new { p.UnitId, p.PublishedOn })
            .Select(g => new { g.Key.UnitId, g.Key.PublishedOn, Items = g.Count() })
            .ToListAsync();
        return rows.Count;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
