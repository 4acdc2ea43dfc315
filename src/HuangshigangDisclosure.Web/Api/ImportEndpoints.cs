using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Api;

/// <summary>
/// The machine import of design §4: <c>POST /api/v1/imports/publications</c> and
/// <c>POST /api/v1/imports/units</c>, a multipart field <c>file</c>, <c>?dryRun=true</c> to preview.
/// Answers <c>{ "added", "duplicates": [ { "row", "reason" } ], "errors": [ { "row", "message" } ] }</c>:
/// 200 when imported (or a clean dry run), 422 when any row is bad (nothing added), 400 for a file
/// that cannot be read at all, 413 for one over the size limit.
/// </summary>
public static class ImportEndpoints
{
    /// <summary>Room for the multipart boundaries and headers around the file itself.</summary>
    private const long MultipartOverhead = 1024 * 1024;

    // Chinese messages as text, not \u escapes: scripts print them as they are.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value;
        var requestLimit = limits.MaxFileBytes + MultipartOverhead;
        var imports = routes.MapGroup("/api/v1/imports")
            .RequireAuthorization()
            // CookieAntiforgeryFilter checks browsers' requests; machines with a token need no token for forms.
            .DisableAntiforgery()
            .AddEndpointFilter(AnswerOversizedRequests)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .WithMetadata(new RequestSizeLimitAttribute(requestLimit))
            .WithFormOptions(multipartBodyLengthLimit: requestLimit);

        imports.MapPost("/publications", ImportPublicationsAsync);
        imports.MapPost("/units", ImportUnitsAsync).RequireAuthorization(PortalSetup.AdminPolicy);
        return routes;
    }

    private static async Task<IResult> ImportPublicationsAsync(
        HttpContext http, CurrentUser me, PublicationImport import, TabularFileReader reader, IOptions<ImportOptions> options, string? dryRun)
    {
        if (!me.IsAdmin && !(me.IsLiaison && me.UnitId is not null))
        {
            return Forbidden();
        }

        if (!TryFlag(dryRun, out var preview))
        {
            return FileError(StatusCodes.Status400BadRequest, "参数 dryRun 只能是 true 或 false。");
        }

        var (upload, refusal) = await ReadUploadAsync(http, reader, options.Value);
        if (upload is null)
        {
            return refusal!;
        }

        var ct = http.RequestAborted;
        return Answer(preview ? await import.PreviewAsync(upload, ct) : await import.CommitAsync(upload, ct), preview);
    }

    private static async Task<IResult> ImportUnitsAsync(
        HttpContext http, UnitImport import, TabularFileReader reader, IOptions<ImportOptions> options, string? dryRun)
    {
        if (!TryFlag(dryRun, out var preview))
        {
            return FileError(StatusCodes.Status400BadRequest, "参数 dryRun 只能是 true 或 false。");
        }

        var (upload, refusal) = await ReadUploadAsync(http, reader, options.Value);
        if (upload is null)
        {
            return refusal!;
        }

        var ct = http.RequestAborted;
        return Answer(preview ? await import.PreviewAsync(upload, ct) : await import.CommitAsync(upload, ct), preview);
    }

    private static async Task<(ImportUpload? Upload, IResult? Refusal)> ReadUploadAsync(HttpContext http, TabularFileReader reader, ImportOptions options)
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, FileError(StatusCodes.Status400BadRequest, "请以 multipart/form-data 上传文件，字段名为 file。"));
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return (null, FileError(StatusCodes.Status400BadRequest, "请在字段 file 中上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。"));
        }

        var upload = await ImportUpload.ReadAsync(file, options.MaxFileBytes, http.RequestAborted);
        return upload is null
            ? (null, FileError(StatusCodes.Status413PayloadTooLarge, reader.TooLargeMessage))
            : (upload, null);
    }

    private static IResult Answer<TRow>(ImportResult<TRow> result, bool dryRun)
    {
        if (result.FileError is { } fileError)
        {
            return FileError(StatusCodes.Status400BadRequest, fileError);
        }

        // A dry run tells what a commit would add; a refused file added nothing.
        var body = new
        {
            added = result.IsValid ? result.ToAdd : 0,
            dryRun,
            rowsRead = result.RowsRead,
            duplicates = result.Duplicates.Select(d => new { row = d.Row, reason = d.Reason }),
            errors = result.Errors.Select(e => new { row = e.Row, column = e.Column, message = e.Text }),
        };
        return Results.Json(body, Json, statusCode: result.IsValid ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>A problem with the request or the file as a whole: row 0, nothing added.</summary>
    private static IResult FileError(int status, string message) =>
        Results.Json(new { added = 0, duplicates = Array.Empty<object>(), errors = new[] { new { row = 0, message } } }, Json, statusCode: status);

    private static IResult Forbidden() =>
        Results.Json(new { status = StatusCodes.Status403Forbidden, error = "forbidden" }, Json, statusCode: StatusCodes.Status403Forbidden);

    private static bool TryFlag(string? text, out bool value)
    {
        value = false;
        return string.IsNullOrEmpty(text) || bool.TryParse(text, out value);
    }

    /// <summary>
    /// A body over the request limit (Kestrel's 413) or the multipart limits (InvalidDataException
    /// from the form reader) is answered in the API's own shape, not as an error page.
    /// </summary>
    private static async ValueTask<object?> AnswerOversizedRequests(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var reader = context.HttpContext.RequestServices.GetRequiredService<TabularFileReader>();
        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return FileError(StatusCodes.Status413PayloadTooLarge, reader.TooLargeMessage);
        }
        catch (BadHttpRequestException)
        {
            return FileError(StatusCodes.Status400BadRequest, "请求无效，请以 multipart/form-data 上传文件，字段名为 file。");
        }
        catch (InvalidDataException)
        {
            return FileError(StatusCodes.Status413PayloadTooLarge, reader.TooLargeMessage);
        }
    }
}
