using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HuangshigangDisclosure.Web.Scoring;

/// <summary>
/// Output caching for pages drawn from the quarter's scores (the leaders' dashboard): a whole response is kept per
/// user and browser session (the page carries the user's name and an antiforgery token bound to that session's
/// cookie), per URL, language, day and data version — the version every node reads from the shared database, so a
/// write anywhere is seen at once everywhere. The middleware runs after authorization: nobody is served a page
/// they may not open. Never cached: handlers (exports), a request carrying a one-time message (TempData), and a
/// response other than 200 or one setting a cookie.
/// </summary>
public sealed class ScoresPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "ScoresPage";

    /// <summary>As the scores cache: bounds the one race the data version cannot see.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var csrfCookie = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        var session = csrfCookie is null ? null : http.Request.Cookies[csrfCookie];
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && userId is not null && !string.IsNullOrEmpty(session) && !http.Request.Query.ContainsKey("handler")
            && !http.Request.Cookies.ContainsKey(TempDataCookie(http));

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }

        var scoring = http.RequestServices.GetRequiredService<QuarterScoreService>();
        var vary = context.CacheVaryByRules;
        vary.QueryKeys = "*";
        vary.HeaderNames = HeaderNames.AcceptEncoding; // the copy is kept as compressed as the browser took it
        vary.VaryByValues["user"] = userId!;
        // A hash, not the cookie itself: cache keys may reach logs or a shared store.
        vary.VaryByValues["session"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(session!)));
        vary.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        vary.VaryByValues["day"] = scoring.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        vary.VaryByValues["version"] = (await scoring.DataVersionAsync(cancellation)).ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = Lifetime;
    }

    private static string TempDataCookie(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!;

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
