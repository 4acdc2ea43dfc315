using System.ComponentModel.DataAnnotations;
using System.Net;

namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>
/// The <c>ReverseProxy</c> section: behind nginx or another proxy that ends HTTPS, the portal takes the
/// client's address and scheme from X-Forwarded-For / X-Forwarded-Proto, but only from the proxies
/// listed (loopback is always trusted). Off by default: a portal reached directly must not believe them.
/// </summary>
public sealed class ReverseProxySettings
{
    public const string Section = "ReverseProxy";

    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the proxies, e.g. 10.0.0.5.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. 10.0.0.0/24.</summary>
    public IList<string> KnownNetworks { get; } = [];

    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool AddressesAreValid =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _));

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = ForwardLimit;
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
