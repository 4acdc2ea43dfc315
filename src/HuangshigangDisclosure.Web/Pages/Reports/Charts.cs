using HuangshigangDisclosure.Core.Scoring;

namespace HuangshigangDisclosure.Web.Pages.Reports;

/// <summary>
/// The geometry of the dashboard's charts in SVG user units, computed here so the views only draw. The SVG is
/// written by the server (no script, no library, no CDN), so the charts work offline and print.
/// </summary>
public static class Charts
{
    public const int PlotTop = 16;
    public const int PlotBottom = 170;
    public const int AxisLeft = 36;
    public const int Height = 214;

    /// <summary>A vertical scale from 0 to a round maximum, with a few gridline values.</summary>
    public sealed record Scale(int Max)
    {
        public static Scale For(int largest)
        {
            var step = largest switch
            {
                <= 5 => 1,
                <= 10 => 2,
                <= 25 => 5,
                <= 50 => 10,
                <= 250 => 50,
                <= 500 => 100,
                <= 2500 => 500,
                _ => (int)Math.Pow(10, Math.Floor(Math.Log10(largest))),
            };
            return new(Math.Max(step, (largest + step - 1) / step * step)) { Step = step };
        }

        public int Step { get; private init; } = 1;

        public int Y(int value) => PlotBottom - (int)Math.Round((double)Math.Clamp(value, 0, Max) * (PlotBottom - PlotTop) / Max);

        public IEnumerable<int> Ticks => Enumerable.Range(0, (Max / Step) + 1).Select(i => i * Step);
    }

    public sealed record Bar(int X, int Y, int Width, int Value, int MonthIndex)
    {
        public int Height => PlotBottom - Y;
    }

    /// <summary>A street's three months, and its monthly quota as a line across them (null without a quota).</summary>
    public sealed record StreetGroup(UnitScore Unit, int X, int CenterX, IReadOnlyList<Bar> Bars, int? QuotaY);

    public sealed record StreetBars(Scale Scale, int Width, IReadOnlyList<StreetGroup> Groups);

    public static StreetBars Streets(IEnumerable<UnitScore> streets)
    {
        const int barWidth = 16;
        const int gap = 3;
        const int groupGap = 28;
        var units = streets.ToList();
        var largest = units.SelectMany(u => u.Months.Append(u.MonthlyMinimum ?? 0)).DefaultIfEmpty(0).Max();
        var scale = Scale.For(Math.Max(1, largest));
        var groupWidth = (3 * barWidth) + (2 * gap);
        var groups = units.Select((unit, i) =>
        {
            var x = AxisLeft + 12 + (i * (groupWidth + groupGap));
            var bars = unit.Months.Select((count, m) => new Bar(x + (m * (barWidth + gap)), scale.Y(count), barWidth, count, m)).ToList();
            return new StreetGroup(unit, x, x + (groupWidth / 2), bars, unit.MonthlyMinimum is { } minimum ? scale.Y(minimum) : null);
        }).ToList();
        var width = AxisLeft + 12 + (units.Count * (groupWidth + groupGap));
        return new(scale, Math.Max(width, 200), groups);
    }

    /// <summary>One quarter of the trend: the district total and how many units met their quota.</summary>
    public sealed record TrendPoint(Quarter Quarter, int DistrictTotal, int UnitsMet, int UnitsWithQuota);

    public sealed record TrendColumn(TrendPoint Point, Bar Bar, int CenterX);

    public sealed record TrendBars(Scale Scale, int Width, IReadOnlyList<TrendColumn> Columns);

    public static TrendBars Trend(IReadOnlyList<TrendPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        const int barWidth = 44;
        const int gap = 40;
        var scale = Scale.For(Math.Max(1, points.Select(p => p.DistrictTotal).DefaultIfEmpty(0).Max()));
        var columns = points.Select((point, i) =>
        {
            var x = AxisLeft + 20 + (i * (barWidth + gap));
            return new TrendColumn(point, new Bar(x, scale.Y(point.DistrictTotal), barWidth, point.DistrictTotal, i), x + (barWidth / 2));
        }).ToList();
        return new(scale, AxisLeft + 20 + (points.Count * (barWidth + gap)), columns);
    }
}
