using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Scoring;

namespace HuangshigangDisclosure.Web.Api;

/// <summary>
/// <c>GET /api/v1/quarters/{quarter}/scores</c> in design §4's shape, for the log-in cookie or an API token.
/// Admins and Leaders get every unit; a Liaison gets only their own unit's row (the district figures and the
/// bulletin's, which the office sends every unit anyway, stay). 400 for a malformed quarter, 404 for one not begun.
/// </summary>
public static class ScoresEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEndpointRouteBuilder MapScoresApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/quarters/{quarter}/scores", GetScoresAsync).RequireAuthorization();
        return routes;
    }

    private static async Task<IResult> GetScoresAsync(string quarter, CurrentUser me, QuarterScoreService scoring, CancellationToken cancellationToken)
    {
        if (me.IsLiaison && me.UnitId is null)
        {
            return Error(StatusCodes.Status403Forbidden, "forbidden", "该账号未绑定单位。");
        }

        if (!Quarter.TryParse(quarter, out var q))
        {
            return Error(StatusCodes.Status400BadRequest, "bad_quarter", "季度格式应为 2022Q3。");
        }

        if (q.Start > scoring.Today)
        {
            return Error(StatusCodes.Status404NotFound, "not_found", "该季度尚未开始。");
        }

        var scores = await scoring.ScoreAsync(q, cancellationToken);
        var bulletin = scoring.Bulletin(scores);
        var units = scores.Units.Where(u => me.ScopeUnitId is null || u.UnitId == me.ScopeUnitId);
        return Results.Json(ScoresResponse.From(scores, bulletin, units), Json);
    }

    private static IResult Error(int status, string error, string message) =>
        Results.Json(new { status, error, message }, Json, statusCode: status);
}

/// <summary>The JSON of design §4: stable names, tests and outside tools depend on them.</summary>
public sealed record ScoresResponse(string Quarter, bool Provisional, string AsOf, int DistrictTotal, IReadOnlyList<UnitScoreJson> Units, BulletinJson Bulletin)
{
    public static ScoresResponse From(QuarterScores scores, BulletinFigures bulletin, IEnumerable<UnitScore> units)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(bulletin);
        return new(
            scores.Quarter.ToString(),
            scores.IsRunning,
            scores.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            scores.DistrictTotal,
            [.. units.Select(UnitScoreJson.From)],
            new BulletinJson(
                bulletin.StreetAverage,
                bulletin.MetUnits,
                [.. bulletin.MostComplete.Select(u => new CompleteUnitJson(u.Name, u.Items))],
                [.. bulletin.InterpretationUnits.Select(u => u.Name)]));
    }
}

public sealed record UnitScoreJson(
    string Name,
    string Kind,
    IReadOnlyList<int> Months,
    int Total,
    int? QuarterMinimum,
    bool? QuarterMet,
    int? MonthlyMinimum,
    int MonthsMet,
    int LongestSilenceDays,
    bool Burst,
    bool BurstAfterReminder,
    decimal? Score,
    int? Rank)
{
    public static UnitScoreJson From(UnitScore unit) => new(
        unit.Name,
        unit.Kind.ToString(),
        unit.Months,
        unit.Total,
        unit.QuarterMinimum,
        unit.QuarterMet,
        unit.MonthlyMinimum,
        unit.MonthsMet,
        unit.LongestSilenceDays,
        unit.Burst,
        unit.BurstAfterReminder,
        unit.Score,
        unit.Rank);
}

public sealed record BulletinJson(decimal? StreetAverage, IReadOnlyList<string> MetUnits, IReadOnlyList<CompleteUnitJson> MostComplete, IReadOnlyList<string> InterpretationUnits);

public sealed record CompleteUnitJson(string Name, int Items);
