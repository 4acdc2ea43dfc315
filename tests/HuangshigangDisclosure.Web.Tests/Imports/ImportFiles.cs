using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Api;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Tests.Imports;

/// <summary>Real import files, made the way Excel and other systems make them.</summary>
public static class ImportFiles
{
    public const string PublicationHeader = "单位,标题,发布日期,发布渠道,链接,信息类别,目录编码,需解读";

    static ImportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A CSV of the header and <paramref name="lines"/>, in UTF-8 with a BOM (Excel's "CSV UTF-8").</summary>
    public static byte[] Utf8BomCsv(params string[] lines) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CsvText(lines))];

    /// <summary>A CSV in GB18030, as Chinese Excel saves plain "CSV (逗号分隔)".</summary>
    public static byte[] Gb18030Csv(params string[] lines) => Encoding.GetEncoding("GB18030").GetBytes(CsvText(lines));

    public static byte[] Utf8Csv(string header, params string[] lines) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", lines.Prepend(header)) + "\r\n");

    private static string CsvText(string[] lines) => string.Join("\r\n", lines.Prepend(PublicationHeader)) + "\r\n";

    /// <summary>An .xlsx whose first sheet has the given rows (keys are the headers, in order).</summary>
    public static byte[] Xlsx(IEnumerable<IDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => r.ToDictionary(kv => kv.Key, kv => kv.Value)).ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static Dictionary<string, object?> Publication(string unit, string title, object publishedOn, string? url = null, string? channel = null, string? category = null, string? code = null, string? interpret = null) => new()
    {
        ["单位"] = unit,
        ["标题"] = title,
        ["发布日期"] = publishedOn,
        ["发布渠道"] = channel ?? "",
        ["链接"] = url ?? "",
        ["信息类别"] = category ?? "",
        ["目录编码"] = code ?? "",
        ["需解读"] = interpret ?? "",
    };

    /// <summary>Uploads a file through the page's own upload form (its antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient client, string url, string fileName, byte[] content)
    {
        var page = await client.GetPageAsync(url);
        return await client.Http.PostAsync(url, Multipart(fileName, content, "Upload", Token(page, "form[data-testid=upload-form]")));
    }

    /// <summary>Clicks "确认导入" on a preview page.</summary>
    public static async Task<HttpResponseMessage> CommitAsync(this PortalClient client, string previewUrl)
    {
        var page = await client.GetPageAsync(previewUrl);
        return await client.SubmitAsync(page, previewUrl, new Dictionary<string, string>(), "form[data-testid=commit-form]");
    }

    public static MultipartFormDataContent Multipart(string fileName, byte[] content, string field = "file", string? antiforgery = null)
    {
        var form = new MultipartFormDataContent();
        if (antiforgery is not null)
        {
            form.Add(new StringContent(antiforgery), "__RequestVerificationToken");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? "text/csv"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, field, fileName);
        return form;
    }

    /// <summary>Posts a file to the import API as a script would, with a Bearer token (or none).</summary>
    public static Task<HttpResponseMessage> PostFileAsync(this HttpClient http, string url, string fileName, byte[] content, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Multipart(fileName, content) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    /// <summary>Issues an API token for a demo user, as the admin page or the command line would.</summary>
    public static async Task<string> IssueTokenAsync(this PortalFactory portal, string userName, string label = "测试脚本")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No user {userName}.");
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(user, label, "tests");
        return issued.Secret;
    }

    /// <summary>Adds a directory entry (the demo data has none) and answers its code.</summary>
    public static Task<string> AddDirectoryEntryAsync(this PortalFactory portal, string code) => portal.WithDbAsync(async db =>
    {
        var domain = await db.DisclosureDomains.FirstOrDefaultAsync(d => d.Code == "05");
        if (domain is null)
        {
            domain = new DisclosureDomain { Code = "05", Name = "社会救助", SortOrder = 5 };
            db.DisclosureDomains.Add(domain);
        }

        if (!await db.DirectoryEntries.AnyAsync(e => e.Code == code))
        {
            db.DirectoryEntries.Add(new DirectoryEntry { Code = code, Domain = domain, Level1 = "社会救助", Level2 = "最低生活保障" });
            await db.SaveChangesAsync();
        }

        return code;
    });

    public static string PathAndQuery(this HttpResponseMessage redirect) => redirect.Headers.Location!.PathAndQuery();

    private static string Token(IHtmlDocument page, string formSelector) =>
        page.QuerySelector($"{formSelector} input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"No antiforgery token in {formSelector}.");
}

/// <summary>The portal with uploads kept in a temporary folder of its own, not under the source tree.</summary>
public sealed class ImportPortalFactory : PortalFactory
{
    private readonly string _staging = Path.Combine(Path.GetTempPath(), "hsg-tests", "imports-" + Guid.NewGuid().ToString("N"));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Import:StagingFolder"] = _staging };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
