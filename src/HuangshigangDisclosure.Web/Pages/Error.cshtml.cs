using System.Diagnostics;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages;

/// <summary>One friendly page for every error and status code; the details stay in the log.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel(IStringLocalizer<Strings> localizer) : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // An exception re-executed here carries the status the exception handler chose (500, or 503 when the database is away).
        var status = code ?? (HttpContext.Response.StatusCode >= 400 ? HttpContext.Response.StatusCode : StatusCodes.Status500InternalServerError);
        (Heading, Explanation) = status switch
        {
            404 => (localizer[nameof(Strings.Error_NotFound)], localizer[nameof(Strings.Error_NotFoundText)]),
            403 => (localizer[nameof(Strings.Error_Forbidden)], localizer[nameof(Strings.Error_ForbiddenText)]),
            400 => (localizer[nameof(Strings.Error_BadRequest)], localizer[nameof(Strings.Error_BadRequestText)]),
            413 => (localizer[nameof(Strings.Error_TooLarge)], localizer[nameof(Strings.Error_TooLargeText)]),
            429 => (localizer[nameof(Strings.Error_TooMany)], localizer[nameof(Strings.Error_TooManyText)]),
            503 => (localizer[nameof(Strings.Error_Unavailable)], localizer[nameof(Strings.Error_UnavailableText)]),
            _ => (localizer[nameof(Strings.Error_Server)], localizer[nameof(Strings.Error_ServerText)]),
        };
        if (status >= 500)
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }

        // Keep the status of the original failure (a re-executed 404 must stay 404).
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            HttpContext.Response.StatusCode = status;
        }
    }
}
