using System.Net;
using System.Text;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static HuangshigangDisclosure.Web.Tests.AuthorizationMatrixTests.Answer;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>
/// Every page handler and API endpoint the app maps (read from its own endpoint list) against every
/// kind of caller, with the answer each must get. A new handler with no line in <see cref="Matrix"/>
/// fails the test, and the failure prints the line to add.
/// </summary>
public class AuthorizationMatrixTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>What a caller gets.</summary>
    public enum Answer
    {
        /// <summary>Redirected to /Account/Login (pages) or 401 (API).</summary>
        Login,

        /// <summary>The handler ran: 200 (a POST's form shown again), or a redirect within the app (a POST done, the language switch).</summary>
        Ok,

        /// <summary>403, or the cookie's redirect to the Chinese /Account/AccessDenied page.</summary>
        Forbidden,

        /// <summary>404: another unit's record does not exist for a liaison.</summary>
        NotFound,

        /// <summary>500: only the error page, explaining a server error.</summary>
        ServerError,
    }

    /// <summary>The liaison of the matrix: 区民政局 keeps publications, interpretations, a new-media account and people.</summary>
    private const string Liaison = "mzj";

    private const string OwnUnit = "区民政局";

    /// <summary>One line per handler: where its route ids come from, then the answer to anonymous, own-unit liaison, other-unit liaison, leader, admin.</summary>
    private static readonly Dictionary<string, Row> Matrix = new(StringComparer.Ordinal)
    {
        // The refusal page itself answers 403, to anyone.
        ["GET /Account/AccessDenied"] = new(Ids.None, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden),
        ["GET /Account/ChangePassword"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["POST /Account/ChangePassword"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Account/Lockout"] = new(Ids.None, Ok, Ok, Ok, Ok, Ok),
        ["GET /Account/Login"] = new(Ids.None, Ok, Ok, Ok, Ok, Ok),
        ["POST /Account/Login"] = new(Ids.None, Ok, Ok, Ok, Ok, Ok),
        ["GET /Account/Logout"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        // Logging out ends at the log-in page.
        ["POST /Account/Logout"] = new(Ids.None, Login, Login, Login, Login, Login),
        ["GET /Admin/Audit/Index"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Calendar/Edit"] = new(Ids.Year, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Calendar/Edit"] = new(Ids.Year, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Calendar/Edit?handler=Remove"] = new(Ids.Year, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Calendar/Index"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Calendar/Index?handler=Add"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Reminders/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Reminders/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Reminders/Details"] = new(Ids.Reminder, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Reminders/Index"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Tokens/Index"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Tokens/Index?handler=Issue"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        // No token id posted: the admin gets "not found".
        ["POST /Admin/Tokens/Index?handler=Revoke"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, NotFound),
        ["GET /Admin/Training/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Training/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Training/Edit"] = new(Ids.Training, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Training/Edit"] = new(Ids.Training, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Training/Gaps"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Training/Index"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/UnitsImport"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/UnitsImport"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/UnitsImport?handler=Commit"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, NotFound),
        ["GET /Admin/UnitsImport?handler=Template"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Users/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Users/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Users/Edit"] = new(Ids.User, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Users/Edit"] = new(Ids.User, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Users/Edit?handler=Disable"] = new(Ids.User, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Users/Edit?handler=Enable"] = new(Ids.User, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Users/Edit?handler=ResetPassword"] = new(Ids.User, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Admin/Users/Edit?handler=Unlock"] = new(Ids.User, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Admin/Users/Index"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Calendar/Explain"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Culture"] = new(Ids.None, Ok, Ok, Ok, Ok, Ok),
        ["GET /Directory/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Directory/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Directory/Details"] = new(Ids.DirectoryEntry, Login, Ok, Ok, Ok, Ok),
        ["GET /Directory/Domains/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Directory/Domains/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Directory/Domains/Edit"] = new(Ids.Domain, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Directory/Domains/Edit"] = new(Ids.Domain, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Directory/Domains/Index"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Directory/Edit"] = new(Ids.DirectoryEntry, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Directory/Edit"] = new(Ids.DirectoryEntry, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Directory/Edit?handler=SetActive"] = new(Ids.DirectoryEntry, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Directory/Import"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Directory/Import"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Directory/Import?handler=Commit"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, NotFound),
        ["GET /Directory/Import?handler=Template"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Directory/Index"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Directory/Unit"] = new(Ids.Unit, Login, Ok, NotFound, Ok, Ok),
        // The error page answers the status it explains: 500 when asked about none.
        ["GET /Error"] = new(Ids.None, ServerError, ServerError, ServerError, ServerError, ServerError),
        ["POST /Error"] = new(Ids.None, ServerError, ServerError, ServerError, Forbidden, ServerError),
        ["GET /Index"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Interpretations/Create"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["POST /Interpretations/Create"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["GET /Interpretations/Delete"] = new(Ids.SpareInterpretation, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Interpretations/Delete"] = new(Ids.SpareInterpretation, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Interpretations/Details"] = new(Ids.Interpretation, Login, Ok, NotFound, Ok, Ok),
        ["GET /Interpretations/Edit"] = new(Ids.Interpretation, Login, Ok, NotFound, Forbidden, Ok),
        ["POST /Interpretations/Edit"] = new(Ids.Interpretation, Login, Ok, NotFound, Forbidden, Ok),
        ["GET /Interpretations/Index"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Interpretations/ToDo"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /NewMedia/Create"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["POST /NewMedia/Create"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["GET /NewMedia/Details"] = new(Ids.NewMediaAccount, Login, Ok, NotFound, Ok, Ok),
        ["POST /NewMedia/Details?handler=LastUpdated"] = new(Ids.NewMediaAccount, Login, Ok, NotFound, Forbidden, Ok),
        ["GET /NewMedia/Edit"] = new(Ids.NewMediaAccount, Login, Ok, NotFound, Forbidden, Ok),
        ["POST /NewMedia/Edit"] = new(Ids.NewMediaAccount, Login, Ok, NotFound, Forbidden, Ok),
        ["GET /NewMedia/File"] = new(Ids.NewMediaAccount, Login, Ok, NotFound, Forbidden, Ok),
        ["POST /NewMedia/File"] = new(Ids.NewMediaAccount, Login, Ok, NotFound, Forbidden, Ok),
        ["GET /NewMedia/Index"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Publications/Create"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["POST /Publications/Create"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["GET /Publications/Details"] = new(Ids.Publication, Login, Ok, NotFound, Ok, Ok),
        ["GET /Publications/Edit"] = new(Ids.Publication, Login, Ok, NotFound, Forbidden, Ok),
        ["POST /Publications/Edit"] = new(Ids.Publication, Login, Ok, NotFound, Forbidden, Ok),
        ["GET /Publications/Import"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["POST /Publications/Import"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["POST /Publications/Import?handler=Commit"] = new(Ids.None, Login, NotFound, NotFound, Forbidden, NotFound),
        ["GET /Publications/Import?handler=Template"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["GET /Publications/Index"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        // The CSV of the whole list; a liaison's holds only their own unit (PublicationExportTests).
        ["GET /Publications/Index?handler=Export"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Publications/Withdraw"] = new(Ids.Publication, Login, Ok, NotFound, Forbidden, Ok),
        ["POST /Publications/Withdraw"] = new(Ids.Publication, Login, Ok, NotFound, Forbidden, Ok),
        ["GET /Reminders/Unit"] = new(Ids.Unit, Login, Ok, NotFound, Ok, Ok),
        // Only the unit's own liaison acknowledges; with no reminder id posted even they get "not found" (RemindersTests acknowledge for real).
        ["POST /Reminders/Unit?handler=Acknowledge"] = new(Ids.Unit, Login, NotFound, NotFound, Forbidden, Forbidden),
        ["GET /Units/Appoint"] = new(Ids.Unit, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Units/Appoint"] = new(Ids.Unit, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Units/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Units/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Units/Details"] = new(Ids.Unit, Login, Ok, NotFound, Ok, Ok),
        ["GET /Units/Edit"] = new(Ids.Unit, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Units/Edit"] = new(Ids.Unit, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Units/Index"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Units/Replace"] = new(Ids.UnitPerson, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Units/Replace"] = new(Ids.UnitPerson, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Reports/Index"] = new(Ids.None, Login, Forbidden, Forbidden, Ok, Ok),
        ["GET /Reports/Index?handler=Export"] = new(Ids.None, Login, Forbidden, Forbidden, Ok, Ok),
        ["GET /Reports/Unit"] = new(Ids.Unit, Login, Ok, NotFound, Ok, Ok),
        // Ids.Bulletin is a draft: only an admin sees it; leaders and liaisons read issued bulletins only (BulletinPagesTests).
        ["GET /Bulletins/Index"] = new(Ids.None, Login, Ok, Ok, Ok, Ok),
        ["GET /Bulletins/Details"] = new(Ids.Bulletin, Login, NotFound, NotFound, NotFound, Ok),
        ["GET /Bulletins/Details?handler=Word"] = new(Ids.Bulletin, Login, NotFound, NotFound, NotFound, Ok),
        ["GET /Bulletins/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Bulletins/Create"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Bulletins/Edit"] = new(Ids.Bulletin, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Bulletins/Edit"] = new(Ids.Bulletin, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Bulletins/Issue"] = new(Ids.Bulletin, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Bulletins/Issue"] = new(Ids.Bulletin, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /Bulletins/Correct"] = new(Ids.Bulletin, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["POST /Bulletins/Correct"] = new(Ids.Bulletin, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /health"] = new(Ids.None, Ok, Ok, Ok, Ok, Ok),
        ["POST /api/v1/imports/publications"] = new(Ids.None, Login, Ok, Ok, Forbidden, Ok),
        ["POST /api/v1/imports/units"] = new(Ids.None, Login, Forbidden, Forbidden, Forbidden, Ok),
        ["GET /api/v1/quarters/{quarter}/scores"] = new(Ids.Quarter, Login, Ok, Ok, Ok, Ok), // a liaison gets only their own unit (ScoresApiTests)
    };

    /// <summary>A line of the matrix: where route ids come from, then the expected answer per caller.</summary>
    public sealed record Row(IdSource Ids, Answer Anonymous, Answer OwnUnit, Answer OtherUnit, Answer Leader, Answer Admin);

    /// <summary>
    /// Concrete route values ({id}, {unitId}, …) for a record of the liaison's own unit and of another
    /// unit. Records not kept per unit (reminders, training, the calendar) use the same value twice.
    /// </summary>
    public sealed record IdSource(string Name, Func<AppDbContext, Task<(string Own, string Other)>> Find);

    public static class Ids
    {
        public static readonly IdSource None = new(nameof(None), _ => Task.FromResult(("", "")));

        public static readonly IdSource Unit = Pair(nameof(Unit), db => db.Units.Select(u => new Owned(u.Id, u.Id)));

        public static readonly IdSource UnitPerson = Pair(nameof(UnitPerson), db => db.UnitPeople.Select(p => new Owned(p.Id, p.UnitId)));

        public static readonly IdSource Publication = Pair(nameof(Publication), db => db.Publications.Select(p => new Owned(p.Id, p.UnitId)));

        public static readonly IdSource Interpretation = Pair(nameof(Interpretation), db => db.Interpretations.Select(i => new Owned(i.Id, i.UnitId)));

        /// <summary>Another of the unit's interpretations than <see cref="Interpretation"/>: the admin's delete must not take the one other lines use.</summary>
        public static readonly IdSource SpareInterpretation = Pair(nameof(SpareInterpretation), db => db.Interpretations.Select(i => new Owned(i.Id, i.UnitId)), last: true);

        public static readonly IdSource NewMediaAccount = Pair(nameof(NewMediaAccount), db => db.NewMediaAccounts.Select(a => new Owned(a.Id, a.UnitId)));

        public static readonly IdSource DirectoryEntry = Pair(nameof(DirectoryEntry), db => db.DirectoryEntryUnits.Select(e => new Owned(e.DirectoryEntryId, e.UnitId)));

        public static readonly IdSource Domain = Shared(nameof(Domain), async db => (await db.DisclosureDomains.MinAsync(d => d.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture));

        public static readonly IdSource Reminder = Shared(nameof(Reminder), async db => (await db.Reminders.MinAsync(r => r.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture));

        public static readonly IdSource Training = Shared(nameof(Training), async db => (await db.TrainingSessions.MinAsync(t => t.Id)).ToString(System.Globalization.CultureInfo.InvariantCulture));

        public static readonly IdSource Year = Shared(nameof(Year), _ => Task.FromResult("2022"));

        public static readonly IdSource Quarter = Shared(nameof(Quarter), _ => Task.FromResult("2022Q3"));

        /// <summary>A draft bulletin of 2022Q3 (the demo data has none): made on first use.</summary>
        public static readonly IdSource Bulletin = Shared(nameof(Bulletin), async db =>
        {
            var id = await db.Bulletins.Select(b => (int?)b.Id).MinAsync();
            if (id is null)
            {
                var draft = new HuangshigangDisclosure.Core.Bulletins.Bulletin { Quarter = Core.Scoring.Quarter.Parse("2022Q3"), Title = "授权测试草稿", CreatedAtUtc = DateTime.UtcNow };
                db.Bulletins.Add(draft);
                await db.SaveChangesAsync();
                id = draft.Id;
            }

            return id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

        /// <summary>A liaison who is none of the callers: the admin's disable and reset lines act on them.</summary>
        public static readonly IdSource User = Shared(nameof(User), db => db.Users.Where(u => u.UserName == "tjj").Select(u => u.Id).SingleAsync());

        private sealed record Owned(long Id, int UnitId);

        private static IdSource Shared(string name, Func<AppDbContext, Task<string>> find) =>
            new(name, async db => (await find(db), await find(db)));

        private static IdSource Pair(string name, Func<AppDbContext, IQueryable<Owned>> records, bool last = false) => new(name, async db =>
        {
            var ownUnit = await db.Units.Where(u => u.Name == OwnUnit).Select(u => u.Id).SingleAsync();
            var all = await records(db).ToListAsync();
            var own = all.Where(r => r.UnitId == ownUnit).OrderBy(r => last ? -r.Id : r.Id).First();
            // A record shared with the own unit (a directory entry of two units) is not another unit's.
            var ownIds = all.Where(r => r.UnitId == ownUnit).Select(r => r.Id).ToHashSet();
            var other = all.Where(r => !ownIds.Contains(r.Id)).OrderBy(r => r.Id).First();
            return (own.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void Every_handler_and_endpoint_has_a_line_in_the_matrix()
    {
        var endpoints = PortalEndpoints.All(portal.Services);
        Assert.Contains(endpoints, e => e.Key == "POST /Units/Edit");
        Assert.Contains(endpoints, e => e.Key == "POST /api/v1/imports/publications");

        var missing = endpoints.Where(e => !Matrix.ContainsKey(e.Key)).ToList();
        Assert.True(missing.Count == 0, MissingMessage(missing));

        var parameterless = endpoints.Where(e => e.Parameters.Count > 0 && Matrix[e.Key].Ids == Ids.None).Select(e => e.Key).ToList();
        Assert.True(parameterless.Count == 0, "These routes take ids but their matrix line gives Ids.None; name the IdSource of their records: " + string.Join(", ", parameterless));

        var gone = Matrix.Keys.Except(endpoints.Select(e => e.Key)).ToList();
        Assert.True(gone.Count == 0, "The matrix has lines for handlers the app no longer maps; delete them: " + string.Join(", ", gone));
    }

    [Fact]
    public async Task Every_caller_gets_the_answer_the_matrix_gives_for_every_handler()
    {
        var endpoints = PortalEndpoints.All(portal.Services).Where(e => Matrix.ContainsKey(e.Key)).ToList();
        using var anonymous = portal.CreatePortalClient();
        using var own = await LoggedInAsync(Liaison);
        using var leader = await LoggedInAsync("leader");
        using var admin = await LoggedInAsync("admin");
        var callers = new (string Name, PortalClient? Client, Func<Row, Answer> Expected, bool OtherUnit)[]
        {
            ("anonymous", anonymous, r => r.Anonymous, false),
            ("leader", leader, r => r.Leader, false),
            ("liaison on another unit's record", own, r => r.OtherUnit, true),
            ("liaison on own unit's record", own, r => r.OwnUnit, false),
            ("admin", admin, r => r.Admin, false),
        };

        var wrong = new List<string>();
        // Log-out last: it ends the callers' sessions.
        foreach (var endpoint in endpoints.OrderBy(e => e.Key.Contains("Logout", StringComparison.Ordinal)))
        {
            var row = Matrix[endpoint.Key];
            var (ownId, otherId) = await portal.WithDbAsync(db => row.Ids.Find(db));
            foreach (var (name, client, expected, otherUnit) in callers)
            {
                var (answer, shown) = await CallAsync(client!, endpoint, otherUnit ? otherId : ownId);
                if (answer != expected(row))
                {
                    wrong.Add($"{endpoint.Key} as {name}: expected {expected(row)}, got {shown}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private async Task<PortalClient> LoggedInAsync(string userName)
    {
        var client = portal.CreatePortalClient();
        await client.LogInOkAsync(userName);
        return client;
    }

    private static async Task<(Answer? Answer, string Shown)> CallAsync(PortalClient client, PortalEndpoints.Endpoint endpoint, string id)
    {
        var url = endpoint.Url(id);
        HttpResponseMessage response;
        if (endpoint.Method == "GET")
        {
            response = await client.Http.GetAsync(url);
        }
        else
        {
            var token = await client.AntiforgeryTokenAsync("/Account/Login");
            using var request = new HttpRequestMessage(HttpMethod.Post, url);
            if (endpoint.IsApi)
            {
                // A header-only file as a dry run: reaches the handler without adding anything.
                var header = endpoint.Route.EndsWith("/units", StringComparison.Ordinal) ? "单位名称,简称,类型" : "单位,标题,发布日期";
                var csv = new ByteArrayContent(Encoding.UTF8.GetBytes(header + "\r\n"));
                request.RequestUri = new Uri(url + "?dryRun=true", UriKind.Relative);
                request.Content = new MultipartFormDataContent { { csv, "file", "matrix.csv" } };
                request.Headers.Add("RequestVerificationToken", token);
            }
            else
            {
                request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            }

            response = await client.Http.SendAsync(request);
        }

        var location = response.Headers.Location?.PathAndQuery() ?? "";
        var shown = $"{(int)response.StatusCode} {location}".Trim();
        Answer? answer = (response.StatusCode, location) switch
        {
            (HttpStatusCode.Unauthorized, _) => Login,
            (HttpStatusCode.Redirect, var to) when to.StartsWith("/Account/Login", StringComparison.Ordinal) => Login,
            (HttpStatusCode.Forbidden, _) => Forbidden,
            (HttpStatusCode.Redirect, var to) when to.StartsWith("/Account/AccessDenied", StringComparison.Ordinal) => Forbidden,
            (HttpStatusCode.NotFound, _) => NotFound,
            (HttpStatusCode.InternalServerError, _) => ServerError,
            (HttpStatusCode.OK, _) => Ok,
            (HttpStatusCode.Redirect, _) => Ok,
            _ => null,
        };
        return (answer, shown);
    }

    private static string MissingMessage(IReadOnlyList<PortalEndpoints.Endpoint> missing)
    {
        var lines = missing.Select(e =>
        {
            var ids = e.Parameters.Count == 0 ? "Ids.None" : $"Ids.<IdSource for {string.Join(", ", e.Parameters.Select(p => "{" + p + "}"))}>";
            return $"        [\"{e.Key}\"] = new({ids}, <anonymous>, <liaison own unit>, <liaison other unit>, <leader>, <admin>),";
        });
        return "These handlers have no line in AuthorizationMatrixTests.Matrix (tests/HuangshigangDisclosure.Web.Tests/AuthorizationMatrixTests.cs). " +
            "Add one line each, with the answers Login, Ok, Forbidden or NotFound" +
            " (a new kind of record in the route also needs an IdSource in AuthorizationMatrixTests.Ids):" + Environment.NewLine +
            string.Join(Environment.NewLine, lines);
    }
}
