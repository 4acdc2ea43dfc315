using Microsoft.AspNetCore.Antiforgery;

namespace HuangshigangDisclosure.Web.Api;

/// <summary>
/// API writes authenticated by the log-in cookie must carry the antiforgery token (header
/// <c>RequestVerificationToken</c>), or another site could post through the user's browser.
/// Bearer-token callers are machines, not browsers: they need none.
/// </summary>
public sealed class CookieAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var isWrite = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        if (isWrite && http.User.Identity?.AuthenticationType != ApiTokenAuthenticationHandler.SchemeName)
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.Json(new { status = 400, error = "antiforgery token missing or invalid" }, statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }
}
