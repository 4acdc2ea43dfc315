using System.Globalization;

namespace HuangshigangDisclosure.Core.Scoring;

/// <summary>
/// The weighted score and its explanation. Each part earns points out of its weight and is rounded to one
/// decimal, so the lines add up to the total. A part that does not apply to a unit (a department has no
/// quota; no flagged policy; no entry due) is left out and the rest is scaled to 100, so departments and
/// streets rank on one scale; a unit to which no part applies is not scored and not ranked.
/// </summary>
internal static class ScoreCard
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static (decimal? Score, IReadOnlyList<ScoreLine> Lines) For(UnitScore unit, Quarter quarter, DateOnly today, ScoringOptions options)
    {
        var weights = options.Weights;
        var running = today <= quarter.End;
        List<ScoreLine> lines =
        [
            QuarterQuota(unit, weights.QuarterQuota),
            MonthlyRegularity(unit, quarter, weights.MonthlyRegularity),
            Interpretation(unit.Interpretation, weights.Interpretation, options.InterpretationWorkingDays),
            DirectoryCoverage(unit.Directory, weights.DirectoryCoverage),
        ];

        var applicable = lines.Where(l => l.Points is not null).Sum(l => l.MaxPoints);
        if (lines.All(l => l.Points is null) || applicable == 0)
        {
            lines.Add(new(ScoreComponent.Total, "无适用的考核项目：不计分，不参与排名", null, 100));
            return (null, lines);
        }

        var earned = lines.Sum(l => l.Points ?? 0);
        var score = Round(earned * 100 / applicable);
        var text = applicable == 100
            ? F($"合计 {N(score)} 分")
            : F($"适用项目满分 {N(applicable)} 分，实得 {N(earned)} 分，折合百分制 {N(earned)} ÷ {N(applicable)} × 100 = {N(score)} 分");
        lines.Add(new(ScoreComponent.Total, running ? text + "（季度未结束，为暂计分）" : text, score, 100));
        return (score, lines);
    }

    private static ScoreLine QuarterQuota(UnitScore unit, int weight)
    {
        const ScoreComponent part = ScoreComponent.QuarterQuota;
        if (unit.QuarterMinimum is not { } minimum)
        {
            return unit.ActiveMonths.Count == 0
                ? new(part, F($"季度更新 {unit.Total} 条，本季度无整月在册的月份，不考核数量：不计分"), null, weight)
                : new(part, F($"季度更新 {unit.Total} 条，无季度数量要求：不计分"), null, weight);
        }

        var required = unit.ActiveMonths.Count == 3
            ? F($"要求 {minimum} 条")
            : F($"要求 {minimum} 条（整月在册 {unit.ActiveMonths.Count} 个月，按季度指标折算）");
        return unit.QuarterOutcome switch
        {
            QuotaOutcome.Met => new(part, F($"季度更新 {unit.Total} 条，{required}，达标：得 {weight} / {weight} 分"), weight, weight),
            QuotaOutcome.Open => new(part, F($"季度更新 {unit.Total} 条，{required}，季度未结束、尚未达标：暂得 0 / {weight} 分"), 0, weight),
            _ => new(part, F($"季度更新 {unit.Total} 条，{required}，未达标：得 0 / {weight} 分"), 0, weight),
        };
    }

    private static ScoreLine MonthlyRegularity(UnitScore unit, Quarter quarter, int weight)
    {
        const ScoreComponent part = ScoreComponent.MonthlyRegularity;
        if (unit.MonthlyMinimum is not { } minimum)
        {
            return new(part, "无月度数量要求：不计分", null, weight);
        }

        var months = string.Join("、", quarter.Months.Select((month, i) => F($"{Quarter.MonthLabel(month)} {unit.Months[i]} 条{OutcomeText(unit.MonthOutcomes[i])}")));
        var judged = unit.MonthsJudged;
        if (judged == 0)
        {
            return new(part, F($"月度更新 {months}；每月要求 {minimum} 条，尚无已考核的月份：不计分"), null, weight);
        }

        var points = Round(weight * (decimal)unit.MonthsMet / judged);
        return new(part, F($"月度更新 {months}；每月要求 {minimum} 条，已考核 {judged} 个月中 {unit.MonthsMet} 个月达标：{weight} × {unit.MonthsMet} ÷ {judged}，得 {N(points)} / {weight} 分"), points, weight);
    }

    private static string OutcomeText(QuotaOutcome outcome) => outcome switch
    {
        QuotaOutcome.Met => "（达标）",
        QuotaOutcome.Missed => "（未达标）",
        QuotaOutcome.Open => "（本月未结束）",
        _ => "（未整月在册，不考核）",
    };

    /// <summary>Half the weight for interpreting on time, half for interpreting in diversified forms (多样化解读).</summary>
    private static ScoreLine Interpretation(InterpretationFigures figures, int weight, int workingDays)
    {
        const ScoreComponent part = ScoreComponent.Interpretation;
        if (figures.Flagged == 0)
        {
            return new(part, "本季度无需解读的政策：不计分", null, weight);
        }

        var pending = figures.Pending > 0 ? F($"（其中 {figures.Pending} 件尚在解读时限内，暂不考核）") : "";
        if (figures.Judged == 0)
        {
            return new(part, F($"需解读政策 {figures.Flagged} 件{pending}：不计分"), null, weight);
        }

        var half = weight / 2m;
        var points = Round((half * figures.OnTime / figures.Judged) + (half * figures.Diversified / figures.Judged));
        return new(
            part,
            F($"需解读政策 {figures.Flagged} 件{pending}，已解读 {figures.Interpreted} 件，{workingDays} 个工作日内按时解读 {figures.OnTime} 件，多样化解读 {figures.Diversified} 件：")
            + F($"{N(half)} × {figures.OnTime} ÷ {figures.Judged} + {N(half)} × {figures.Diversified} ÷ {figures.Judged}，得 {N(points)} / {weight} 分"),
            points,
            weight);
    }

    private static ScoreLine DirectoryCoverage(DirectoryFigures figures, int weight)
    {
        const ScoreComponent part = ScoreComponent.DirectoryCoverage;
        if (figures.Coverage is not { } coverage)
        {
            return new(part, "本季度无应公开的目录事项：不计分", null, weight);
        }

        var points = Round(weight * coverage);
        return new(part, F($"目录事项应公开 {figures.Due} 项，已关联公开 {figures.Covered} 项，覆盖率 {Percent(coverage)}：得 {N(points)} / {weight} 分"), points, weight);
    }

    /// <summary>Counts and points in the explanation are written the same whatever the server's culture.</summary>
    private static string F(FormattableString text) => text.ToString(Inv);

    public static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary>A number as the explanation writes it: 40, 6.7.</summary>
    public static string N(decimal value) => value.ToString("0.#", Inv);

    public static string Percent(decimal ratio) => N(Round(ratio * 100)) + "%";
}
