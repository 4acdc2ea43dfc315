using System.Net;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>The portal with a low log-in limit, and test requests that say which address they come from.</summary>
public sealed class LowLoginLimitPortal : PortalFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    public const int Limit = 5;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:LoginAttemptsPerWindow"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:WindowSeconds"] = "60",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    /// <summary>The test server has no client address; this gives each request the one its test names.</summary>
    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                if (context.Request.Headers[AddressHeader] is [{ } address])
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                }

                return following(context);
            });
            next(app);
        };
    }
}

public class LogInAbuseTests(LowLoginLimitPortal portal) : IClassFixture<LowLoginLimitPortal>
{
    private PortalClient ClientFrom(string address)
    {
        var client = portal.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Add(LowLoginLimitPortal.AddressHeader, address);
        return client;
    }

    [Fact]
    public async Task Log_in_attempts_over_the_limit_from_one_address_get_429_with_a_chinese_page_while_other_addresses_log_in()
    {
        using var guesser = ClientFrom("10.0.0.1");
        for (var attempt = 1; attempt <= LowLoginLimitPortal.Limit; attempt++)
        {
            var wrong = await guesser.LogInAsync($"guess{attempt}", "Wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var refused = await guesser.LogInAsync("guess-over", "Wrong-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var page = await PortalClient.ParseAsync(refused);
        Assert.Equal("操作过于频繁", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("请稍候片刻再试", page.Body!.TextContent, StringComparison.Ordinal);

        // Even the right password waits: the limit counts attempts, not failures.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.LogInAsync("mzj")).StatusCode);
        // Reading the log-in page is not limited, nor is anyone at another address.
        Assert.Equal(HttpStatusCode.OK, (await guesser.Http.GetAsync("/Account/Login")).StatusCode);
        using var colleague = ClientFrom("10.0.0.2");
        await colleague.LogInOkAsync("mzj");
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer_word_for_word()
    {
        using var client = ClientFrom("10.0.0.3");
        var unknown = await client.LogInAsync("no-such-user", "Wrong-password-1");
        var wrong = await client.LogInAsync("czj", "Wrong-password-1");

        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        var unknownPage = await PortalClient.ParseAsync(unknown);
        var wrongPage = await PortalClient.ParseAsync(wrong);
        Assert.Equal("用户名或密码错误。", unknownPage.QuerySelector(".validation-summary-errors")!.TextContent.Trim());
        // The whole page but the typed name: nothing tells which user names exist.
        Assert.Equal(
            unknownPage.QuerySelector("main")!.TextContent.Replace("no-such-user", "", StringComparison.Ordinal),
            wrongPage.QuerySelector("main")!.TextContent.Replace("czj", "", StringComparison.Ordinal));
    }
}
