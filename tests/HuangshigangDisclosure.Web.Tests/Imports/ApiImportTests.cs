using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests.Imports;

public class ApiImportTests(ImportPortalFactory portal) : IClassFixture<ImportPortalFactory>
{
    private const string Publications = "/api/v1/imports/publications";
    private const string Units = "/api/v1/imports/units";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<int> CountAsync(string titleStart) =>
        portal.WithDbAsync(db => db.Publications.CountAsync(p => p.Title.StartsWith(titleStart)));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
    }

    private static byte[] OneRow(string unit, string title) =>
        ImportFiles.Utf8BomCsv($"{unit},{title},2022-08-15,,,,,");

    [Fact]
    public async Task Without_credentials_the_api_answers_401_in_json_not_a_login_page()
    {
        using var client = portal.CreatePortalClient();

        var response = await client.Http.PostFileAsync(Publications, "a.csv", OneRow("区财政局", "甲匿名：不应导入"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await JsonAsync(response)).GetProperty("status").GetInt32());
        Assert.Equal(0, await CountAsync("甲匿名"));
    }

    [Fact]
    public async Task An_admin_token_imports_a_file_and_gets_200_with_the_counts()
    {
        var token = await portal.IssueTokenAsync("admin");
        using var client = portal.CreatePortalClient();
        var file = ImportFiles.Utf8BomCsv(
            "区财政局,乙接口：第一条,2022-08-15,,https://www.hsg.gov.cn/czj/api1.html,,,",
            "区财政局,乙接口：第二条,2022-08-16,,,,,",
            "区财政局,乙接口：第二条,2022-08-16,,,,,");

        var response = await client.Http.PostFileAsync(Publications, "cms.csv", file, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(2, json.GetProperty("added").GetInt32());
        Assert.False(json.GetProperty("dryRun").GetBoolean());
        var duplicate = Assert.Single(json.GetProperty("duplicates").EnumerateArray());
        Assert.Equal((4, "与第 3 行重复（同一单位、同一标题和发布日期）。"), (duplicate.GetProperty("row").GetInt32(), duplicate.GetProperty("reason").GetString()));
        Assert.Empty(json.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, await CountAsync("乙接口"));

        // The same file again: every row is a duplicate, nothing is added.
        var again = await JsonAsync(await client.Http.PostFileAsync(Publications, "cms.csv", file, token));
        Assert.Equal((0, 3), (again.GetProperty("added").GetInt32(), again.GetProperty("duplicates").GetArrayLength()));
        Assert.Equal(2, await CountAsync("乙接口"));
    }

    [Fact]
    public async Task A_dry_run_previews_and_adds_nothing()
    {
        var token = await portal.IssueTokenAsync("admin");
        using var client = portal.CreatePortalClient();

        var response = await client.Http.PostFileAsync(Publications + "?dryRun=true", "dry.csv", OneRow("区教育局", "丙预演：只预览"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal((1, true), (json.GetProperty("added").GetInt32(), json.GetProperty("dryRun").GetBoolean()));
        Assert.Equal(0, await CountAsync("丙预演"));
        Assert.False(await portal.WithDbAsync(db => db.ImportBatches.AnyAsync(b => b.FileName == "dry.csv")));
    }

    [Fact]
    public async Task A_file_with_bad_rows_gets_422_with_every_error_and_nothing_is_added()
    {
        var token = await portal.IssueTokenAsync("admin");
        using var client = portal.CreatePortalClient();
        var file = ImportFiles.Utf8BomCsv(
            "区财政局,丁坏行：好的一行,2022-08-15,,,,,",
            "区不存在局,丁坏行：单位不存在,2022-08-15,,,,,",
            "区财政局,丁坏行：日期不对,昨天,,,,,",
            ",,,,,,,");

        var response = await client.Http.PostFileAsync(Publications, "bad.csv", file, token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(0, json.GetProperty("added").GetInt32());
        var errors = json.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal([3, 4], errors.Select(e => e.Item1));
        Assert.Equal("第 3 行：单位“区不存在局”不存在，请填写系统中已有单位的名称或简称。", errors[0].Item2);
        Assert.StartsWith("第 4 行：发布日期“昨天”无法识别", errors[1].Item2, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("丁坏行"));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_gets_400_with_a_row_0_message()
    {
        var token = await portal.IssueTokenAsync("admin");
        using var client = portal.CreatePortalClient();

        var missingColumn = await client.Http.PostFileAsync(Publications, "a.csv", ImportFiles.Utf8Csv("单位,标题", "区财政局,戊缺列"), token);
        var notATable = await client.Http.PostFileAsync(Publications, "a.pdf", [0x25, 0x50, 0x44, 0x46], token);
        var noFile = await client.Http.PostAsync(Publications, new FormUrlEncodedContent([]), Token);

        Assert.Equal(HttpStatusCode.BadRequest, missingColumn.StatusCode);
        var error = Assert.Single((await JsonAsync(missingColumn)).GetProperty("errors").EnumerateArray());
        Assert.Equal(0, error.GetProperty("row").GetInt32());
        Assert.Contains("缺少必填列“发布日期”", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notATable.StatusCode);
        Assert.Contains("不支持", (await JsonAsync(notATable)).GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        // Without a token this is a cookie-less anonymous call: 401, not 400.
        Assert.Equal(HttpStatusCode.Unauthorized, noFile.StatusCode);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_gets_413_in_json()
    {
        var token = await portal.IssueTokenAsync("admin");
        using var client = portal.CreatePortalClient();
        var justOver = new byte[(20 * 1024 * 1024) + 1];
        var farOver = new byte[25 * 1024 * 1024];

        foreach (var content in new[] { justOver, farOver })
        {
            var response = await client.Http.PostFileAsync(Publications, "big.csv", content, token);

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            var error = Assert.Single((await JsonAsync(response)).GetProperty("errors").EnumerateArray());
            Assert.Equal("文件超过 20 MB，请拆分后分批导入。", error.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task A_leaders_token_is_refused_with_403()
    {
        var token = await portal.IssueTokenAsync("leader");
        using var client = portal.CreatePortalClient();

        var publications = await client.Http.PostFileAsync(Publications, "a.csv", OneRow("区财政局", "己领导：不应导入"), token);
        var units = await client.Http.PostFileAsync(Units, "u.csv", ImportFiles.Utf8Csv("单位名称,简称,类型", "领导单位,领导,其他"), token);

        Assert.Equal(HttpStatusCode.Forbidden, publications.StatusCode);
        Assert.Equal(403, (await JsonAsync(publications)).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, units.StatusCode);
        Assert.Equal(0, await CountAsync("己领导"));
    }

    [Fact]
    public async Task A_liaisons_token_imports_its_own_unit_only()
    {
        var token = await portal.IssueTokenAsync("czj");
        using var client = portal.CreatePortalClient();

        var own = await client.Http.PostFileAsync(Publications, "own.csv", OneRow("财政局", "庚联络：本单位"), token);
        var other = await client.Http.PostFileAsync(Publications, "other.csv", ImportFiles.Utf8BomCsv(
            "区财政局,庚联络：本单位第二条,2022-08-16,,,,,",
            "区民政局,庚联络：别的单位,2022-08-16,,,,,"), token);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        var error = Assert.Single((await JsonAsync(other)).GetProperty("errors").EnumerateArray());
        Assert.Equal("第 3 行：联络员只能导入本单位（区财政局）的信息，不能导入“区民政局”的信息。", error.GetProperty("message").GetString());
        Assert.Equal(1, await CountAsync("庚联络"));
        var batch = await portal.WithDbAsync(db => db.ImportBatches.SingleAsync(b => b.FileName == "own.csv"));
        Assert.Equal(("czj", await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "区财政局").Select(u => (int?)u.Id).SingleAsync())), (batch.ImportedBy, batch.UnitId));
    }

    [Fact]
    public async Task A_revoked_token_gets_401()
    {
        var token = await portal.IssueTokenAsync("admin", "将被吊销");
        await portal.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "将被吊销").ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAtUtc, DateTime.UtcNow)));
        using var client = portal.CreatePortalClient();

        var response = await client.Http.PostFileAsync(Publications, "a.csv", OneRow("区财政局", "辛吊销：不应导入"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await JsonAsync(response)).GetProperty("status").GetInt32());
        Assert.Equal(0, await CountAsync("辛吊销"));
    }

    [Fact]
    public async Task A_logged_in_browser_needs_the_antiforgery_header()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var without = await admin.Http.PostAsync(Publications, ImportFiles.Multipart("a.csv", OneRow("区财政局", "壬浏览器：没有令牌")), Token);
        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(400, (await JsonAsync(without)).GetProperty("status").GetInt32());
        Assert.Equal(0, await CountAsync("壬浏览器"));

        var request = new HttpRequestMessage(HttpMethod.Post, Publications) { Content = ImportFiles.Multipart("a.csv", OneRow("区财政局", "壬浏览器：带令牌")) };
        request.Headers.Add("RequestVerificationToken", await admin.AntiforgeryTokenAsync("/Publications/Import"));
        var with = await admin.Http.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        Assert.Equal(1, await CountAsync("壬浏览器"));
    }

    [Fact]
    public async Task Units_are_imported_by_admins_only_and_existing_names_are_skipped()
    {
        var admin = await portal.IssueTokenAsync("admin");
        var liaison = await portal.IssueTokenAsync("huahu");
        using var client = portal.CreatePortalClient();
        var file = ImportFiles.Utf8Csv("单位名称,简称,类型",
            "区档案馆,档案馆,区直部门",
            "区财政局,财政局,区直部门",
            "区档案馆,档案,区直部门",
            "区地方志办公室,,部门");

        var refused = await client.Http.PostFileAsync(Units, "units.csv", file, liaison);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(403, (await JsonAsync(refused)).GetProperty("status").GetInt32());

        var response = await client.Http.PostFileAsync(Units, "units.csv", file, admin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(2, json.GetProperty("added").GetInt32());
        Assert.Equal([3, 4], json.GetProperty("duplicates").EnumerateArray().Select(d => d.GetProperty("row").GetInt32()));
        var added = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "区档案馆" || u.Name == "区地方志办公室").OrderBy(u => u.SortOrder).Select(u => new { u.Name, u.ShortName }).ToListAsync());
        Assert.Equal(["区档案馆/档案馆", "区地方志办公室/区地方志办公室"], added.Select(u => $"{u.Name}/{u.ShortName}"));

        var clash = await client.Http.PostFileAsync(Units, "clash.csv", ImportFiles.Utf8Csv("单位名称,简称,类型", "区财政局二分局,财政局,区直部门"), admin);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, clash.StatusCode);
        Assert.Equal("第 2 行：简称“财政局”已被单位“区财政局”使用，请换一个简称。", (await JsonAsync(clash)).GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
