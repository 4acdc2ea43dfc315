using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Web.Tests.Imports;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>Forgery, script injection and hostile files, through the portal's real forms.</summary>
public class InputAttackTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string BrokenOut = "\"><img src=x onerror=alert(1)>";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<(int Units, int Publications, int Interpretations, int Accounts, int Reminders)> CountsAsync() => portal.WithDbAsync(async db => (
        await db.Units.CountAsync(Token), await db.Publications.CountAsync(Token), await db.Interpretations.CountAsync(Token),
        await db.NewMediaAccounts.CountAsync(Token), await db.Reminders.CountAsync(Token)));

    [Fact]
    public async Task Every_post_handler_refuses_a_request_without_the_antiforgery_token_with_400()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var before = await CountsAsync();
        var posts = PortalEndpoints.All(portal.Services).Where(e => e.Method == "POST").ToList();
        Assert.Contains(posts, e => e.Key == "POST /Units/Create");
        Assert.Contains(posts, e => e.IsApi);

        var accepted = new List<string>();
        // The error page shows any failure, however it was reached; it changes nothing and takes no token.
        foreach (var endpoint in posts.Where(e => e.Key != "POST /Error"))
        {
            var url = endpoint.Url("1");
            HttpContent content = endpoint.IsApi
                // A logged-in browser's API write without the RequestVerificationToken header.
                ? ImportFiles.Multipart("a.csv", Encoding.UTF8.GetBytes("单位,标题,发布日期\r\n"))
                : new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "无令牌", ["Input.Title"] = "无令牌" });
            var response = await admin.Http.PostAsync(url, content, Token);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{endpoint.Key}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(accepted.Count == 0, "Accepted without an antiforgery token:" + Environment.NewLine + string.Join(Environment.NewLine, accepted));
        Assert.Equal(before, await CountsAsync());
        // Still logged in: a forged log-out did not end the session either.
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/Units/Index", Token)).StatusCode);
    }

    /// <summary>The payload shows as text on the page and never as markup.</summary>
    private static async Task AssertShownAsTextAsync(PortalClient client, string url, string marker)
    {
        var response = await client.Http.GetAsync(url, Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);

        var page = await PortalClient.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.Empty(page.QuerySelectorAll("img[src=x]"));
        Assert.DoesNotContain(page.Scripts, s => s.Text.Contains("alert", StringComparison.Ordinal));
        // Shown as the user typed it (in the text or in a form field's value).
        var shown = page.Body!.TextContent + string.Concat(page.QuerySelectorAll("input, textarea").Select(e => e.GetAttribute("value") ?? e.TextContent));
        Assert.True(shown.Contains(marker + Script + BrokenOut, StringComparison.Ordinal), $"{url} does not show {marker} with its payload as text");
    }

    private static long IdFrom(HttpResponseMessage response)
    {
        response.IsRedirectTo("/");
        var path = response.Headers.Location!.PathAndQuery().Split('?')[0];
        return long.Parse(path[(path.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Script_payloads_saved_through_the_forms_are_shown_encoded_on_the_lists_and_details()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("mzj");

        // A unit name (admin).
        var unitId = IdFrom(await admin.SubmitAsync("/Units/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "XSS单位" + Script + BrokenOut,
            ["Input.ShortName"] = "XSS简称",
            ["Input.Kind"] = "Department",
            ["Input.SortOrder"] = "999",
        }));
        await AssertShownAsTextAsync(admin, "/Units/Index", "XSS单位");
        await AssertShownAsTextAsync(admin, $"/Units/Details/{unitId}", "XSS单位");
        await AssertShownAsTextAsync(admin, $"/Units/Edit/{unitId}", "XSS单位");

        // A publication title (liaison).
        var publicationId = IdFrom(await liaison.SubmitAsync("/Publications/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = "XSS标题" + Script + BrokenOut,
            ["Input.PublishedOn"] = "2022-08-09",
            ["Input.Channel"] = "DisclosurePlatform",
            ["Input.Category"] = "PolicyDocument",
            ["Input.Url"] = "",
        }));
        await AssertShownAsTextAsync(liaison, "/Publications/Index?q=XSS标题", "XSS标题");
        await AssertShownAsTextAsync(liaison, $"/Publications/Details/{publicationId}", "XSS标题");
        await AssertShownAsTextAsync(liaison, $"/Publications/Edit/{publicationId}", "XSS标题");

        // An interpretation title, of that policy (liaison).
        var interpretationId = IdFrom(await liaison.SubmitAsync($"/Interpretations/Create?policy={publicationId}", new Dictionary<string, string>
        {
            ["Input.PolicyId"] = publicationId.ToString(CultureInfo.InvariantCulture),
            ["Input.Title"] = "XSS解读" + Script + BrokenOut,
            ["Input.PublishedOn"] = "2022-08-09",
            ["Input.Form"] = "Text",
            ["Input.Url"] = "",
        }));
        await AssertShownAsTextAsync(liaison, "/Interpretations/Index", "XSS解读");
        await AssertShownAsTextAsync(liaison, $"/Interpretations/Details/{interpretationId}", "XSS解读");

        // A new-media account name (liaison).
        var accountId = IdFrom(await liaison.SubmitAsync("/NewMedia/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "XSS账号" + Script + BrokenOut,
            ["Input.Platform"] = "Douyin",
            ["Input.Status"] = "Operating",
            ["Input.LastUpdatedOn"] = "2022-09-20",
        }));
        await AssertShownAsTextAsync(liaison, "/NewMedia/Index", "XSS账号");
        await AssertShownAsTextAsync(liaison, $"/NewMedia/Details/{accountId}", "XSS账号");

        // A reminder's text (admin), as the office and a street's liaison read it.
        var reminderId = IdFrom(await admin.SubmitAsync("/Admin/Reminders/Create", new Dictionary<string, string>
        {
            ["Input.Text"] = "XSS提醒" + Script + BrokenOut,
            ["Input.SentOn"] = "2022-09-20",
            ["Input.AllStreets"] = "true",
        }));
        await AssertShownAsTextAsync(admin, "/Admin/Reminders/Index", "XSS提醒");
        await AssertShownAsTextAsync(admin, $"/Admin/Reminders/Details/{reminderId}", "XSS提醒");
        using var street = portal.CreatePortalClient();
        await street.LogInOkAsync("huahu");
        var huahu = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "花湖街道").Select(u => u.Id).SingleAsync(Token));
        await AssertShownAsTextAsync(street, $"/Reminders/Unit/{huahu}", "XSS提醒");
    }

    /// <summary>Uploads a file to the publications import page and returns the message the page shows.</summary>
    private static async Task<string> UploadMessageAsync(PortalClient client, string fileName, byte[] content)
    {
        var response = await client.UploadAsync("/Publications/Import", fileName, content);
        IHtmlDocument page;
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            // Staged: the preview says what is wrong with the file.
            page = await client.GetPageAsync(response.Headers.Location!.PathAndQuery());
            Assert.Empty(page.QuerySelectorAll("[data-testid=commit-form]"));
            return page.QuerySelector("[data-testid=import-file-error]")?.TextContent.Trim() ?? "(no file error shown)";
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        page = await PortalClient.ParseAsync(response);
        return page.QuerySelector("[data-valmsg-for=Upload]")?.TextContent.Trim() ?? "(no message shown)";
    }

    public static TheoryData<string, byte[], string> HostileFiles()
    {
        // A valid zip whose one sheet is 250 MB of XML once unpacked (about 250 KB packed).
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var rows = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>", 20_000)));
            sheet.Write(Encoding.UTF8.GetBytes("<worksheet><sheetData>"));
            for (var written = 0L; written < 250L * 1024 * 1024; written += rows.Length)
            {
                sheet.Write(rows);
            }

            sheet.Write(Encoding.UTF8.GetBytes("</sheetData></worksheet>"));
        }

        var garbage = new byte[4096];
        new Random(9).NextBytes(garbage);
        return new()
        {
            { "程序.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "不支持“.exe”文件，请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。" },
            { "改了扩展名的PDF.xlsx", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"), "文件已损坏或不是有效的 Excel 工作簿（.xlsx），请在 Excel 中重新保存后再导入。" },
            { "炸弹.xlsx", bomb.ToArray(), "文件解压后超过 200 MB，可能已损坏或被恶意构造，已拒绝导入。" },
            { "引号未闭合.csv", Encoding.UTF8.GetBytes("单位,标题,发布日期\r\n区民政局,\"没有闭合的标题,2022-07-05\r\n区民政局,第二条,2022-07-06\r\n"), "第 2 行有一个引号没有闭合，请检查该行。" },
            { "乱码.csv", garbage, "(any clear message)" },
        };
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_file_gets_a_clear_chinese_message_and_nothing_is_stored(string fileName, byte[] content, string message)
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("mzj");
        var before = await portal.WithDbAsync(async db => (await db.Publications.CountAsync(Token), await db.ImportBatches.CountAsync(Token)));

        var shown = await UploadMessageAsync(liaison, fileName, content);

        if (message.StartsWith('('))
        {
            // Random bytes decode as some text: whatever the reader makes of it, it must say so in Chinese.
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", shown);
        }
        else
        {
            Assert.Equal("文件无法导入： " + message, shown);
        }

        Assert.Equal(before, await portal.WithDbAsync(async db => (await db.Publications.CountAsync(Token), await db.ImportBatches.CountAsync(Token))));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_on_the_import_page_gets_a_chinese_message_and_nothing_is_stored()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("mzj");
        var before = await portal.WithDbAsync(db => db.Publications.CountAsync(Token));
        var big = new byte[(20 * 1024 * 1024) + 1];
        Encoding.UTF8.GetBytes("单位,标题,发布日期\r\n").CopyTo(big, 0);

        Assert.Equal("文件超过 20 MB，请拆分后分批导入。", await UploadMessageAsync(liaison, "大文件.csv", big));
        Assert.Equal(before, await portal.WithDbAsync(db => db.Publications.CountAsync(Token)));
    }
}
