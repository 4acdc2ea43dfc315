using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HuangshigangDisclosure.Web.Tests.Infrastructure;

/// <summary>
/// Every handler the app maps, read from its own endpoint list: each Razor page's handler methods
/// (GET and POST, named or not) and each other endpoint (the API, /health), keyed as
/// "POST /Units/Edit", "POST /Admin/Users/Edit?handler=Disable" or "POST /api/v1/imports/units".
/// </summary>
public static partial class PortalEndpoints
{
    public sealed record Endpoint(string Key, string Method, string Route, string? Handler, bool IsApi, IReadOnlyList<string> Parameters)
    {
        /// <summary>The address with every route parameter set to <paramref name="id"/>.</summary>
        public string Url(string id)
        {
            var path = "/" + Parameter().Replace(Route.TrimStart('/'), id);
            return Handler is null ? path : $"{path}?handler={Handler}";
        }
    }

    public static IReadOnlyList<Endpoint> All(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var loader = services.GetRequiredService<PageLoader>();
        var list = new List<Endpoint>();

        foreach (var page in endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
                     .GroupBy(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath))
        {
            // The page's fullest route ("Units/Details/{id}" rather than an Index page's bare folder).
            var endpoint = page.OrderByDescending(e => e.RoutePattern.RawText!.Length).First();
            var compiled = loader.LoadAsync(endpoint.Metadata.GetMetadata<PageActionDescriptor>()!, endpoint.Metadata).GetAwaiter().GetResult();
            var parameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            foreach (var handler in compiled.HandlerMethods.Select(h => (Method: h.HttpMethod.ToUpperInvariant(), h.Name)).Distinct())
            {
                var key = $"{handler.Method} {page.Key}" + (handler.Name is null ? "" : $"?handler={handler.Name}");
                list.Add(new Endpoint(key, handler.Method, endpoint.RoutePattern.RawText!, handler.Name, IsApi: false, parameters));
            }

            // A page with no GET handler still answers GET (it renders): Razor Pages serves it.
            if (!compiled.HandlerMethods.Any(h => h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase) && h.Name is null))
            {
                list.Add(new Endpoint($"GET {page.Key}", "GET", endpoint.RoutePattern.RawText!, null, IsApi: false, parameters));
            }
        }

        foreach (var endpoint in endpoints.Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null))
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                list.Add(new Endpoint($"{method} {route}", method, route, null, IsApi: true, [.. endpoint.RoutePattern.Parameters.Select(p => p.Name)]));
            }
        }

        return [.. list.DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
