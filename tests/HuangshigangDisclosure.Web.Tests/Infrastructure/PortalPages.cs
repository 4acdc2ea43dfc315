using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HuangshigangDisclosure.Web.Tests.Infrastructure;

/// <summary>Every Razor page the app serves, read from its own endpoint list, with route values filled in.</summary>
public static partial class PortalPages
{
    /// <summary>Pages anyone may open without logging in.</summary>
    public static readonly string[] Anonymous = ["/Account/Login", "/Account/Lockout", "/Account/AccessDenied", "/Error", "/Culture"];

    public sealed record PageRoute(string Page, string Url);

    public static IReadOnlyList<PageRoute> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath))
            .Where(x => x.Page is not null)
            .GroupBy(x => x.Page!)
            .Select(g => new PageRoute(g.Key, "/" + Parameter().Replace(g.OrderByDescending(x => x.Endpoint.RoutePattern.RawText!.Length).First().Endpoint.RoutePattern.RawText!, m =>
                m.Value.Contains(":int", StringComparison.Ordinal) || m.Value.Contains(":long", StringComparison.Ordinal) ? "1" : "does-not-exist")))
            .OrderBy(p => p.Page, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
