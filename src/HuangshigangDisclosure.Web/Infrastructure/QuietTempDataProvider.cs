using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's cookie TempData provider, without the cookie deletion it answers on every page that reads
/// TempData (the layout does, for its one-time message) when the browser holds no TempData cookie at all: a
/// Set-Cookie on every response for nothing, which also kept every page out of output caching.
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((values is null || values.Count == 0) && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!))
        {
            return;
        }

        cookies.SaveTempData(context, values!);
    }
}
