using HuangshigangDisclosure.Web.Tests.Infrastructure;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>The ReverseProxy section: behind a proxy that ends HTTPS, the portal knows the request was HTTPS.</summary>
public class ReverseProxyTests
{
    private sealed class ProxiedPortal(bool forwardedHeaders) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ReverseProxy:ForwardedHeaders"] = forwardedHeaders ? "true" : "false",
        };
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task The_log_in_cookie_is_secure_when_a_trusted_proxy_says_the_request_was_https(bool forwardedHeaders, bool secure)
    {
        await using var portal = new ProxiedPortal(forwardedHeaders);
        using var client = portal.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.LogInAsync("admin");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hsg.auth=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_proxy_address_that_is_no_address_stops_the_app_at_start()
    {
        await using var portal = new ConfiguredProxies();

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("ReverseProxy", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class ConfiguredProxies : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ReverseProxy:ForwardedHeaders"] = "true",
            ["ReverseProxy:KnownNetworks:0"] = "10.0.0.0/33",
        };
    }
}
