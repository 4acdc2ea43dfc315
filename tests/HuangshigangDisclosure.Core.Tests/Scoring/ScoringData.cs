using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

/// <summary>Short ways to write scoring inputs for Q3 2022, the seed's quarter.</summary>
internal static class ScoringData
{
    public static readonly Quarter Q3 = new(2022, 3);

    /// <summary>The day the seed bulletin was issued: Q3 is over.</summary>
    public static readonly DateOnly AfterQ3 = new(2022, 10, 21);

    public static DateOnly D(int month, int day) => new(2022, month, day);

    public static UnitFacts Street(string name = "沈家营街道", int id = 1, DateOnly? activeFrom = null, DateOnly? activeTo = null) =>
        new(id, name, UnitKind.Street, id, activeFrom, activeTo);

    public static UnitFacts Department(string name = "区财政局", int id = 100) => new(id, name, UnitKind.Department, id);

    /// <summary>One counted item on each day given (a day given twice has two).</summary>
    public static IEnumerable<DailyCount> Items(int unitId, params DateOnly[] days) => days.Select(d => new DailyCount(unitId, d, 1));

    /// <summary>One item every <paramref name="step"/> days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static IEnumerable<DailyCount> Every(int unitId, DateOnly from, DateOnly to, int step)
    {
        for (var day = from; day <= to; day = day.AddDays(step))
        {
            yield return new(unitId, day, 1);
        }
    }

    /// <summary><paramref name="july"/>, <paramref name="august"/>, <paramref name="september"/> items, one a day from each month's 1st.</summary>
    public static IEnumerable<DailyCount> Monthly(int unitId, int july, int august, int september) =>
        new[] { (7, july), (8, august), (9, september) }
            .SelectMany(m => Enumerable.Range(1, m.Item2).Select(day => new DailyCount(unitId, D(m.Item1, day), 1)));

    public static ScoringInputs Inputs(UnitFacts unit, IEnumerable<DailyCount>? items = null) =>
        new() { Units = [unit], DailyCounts = [.. items ?? []] };

    public static QuarterScores Score(ScoringInputs inputs, DateOnly? today = null, ScoringOptions? options = null, Quarter? quarter = null) =>
        QuarterScorer.Score(quarter ?? Q3, today ?? AfterQ3, inputs, options ?? new ScoringOptions(), WorkingDayCalendar.Shipped);

    public static UnitScore One(ScoringInputs inputs, DateOnly? today = null, ScoringOptions? options = null, Quarter? quarter = null) =>
        Assert.Single(Score(inputs, today, options, quarter).Units);

    public static UnitScore One(UnitFacts unit, IEnumerable<DailyCount>? items = null, DateOnly? today = null) => One(Inputs(unit, items), today);
}
