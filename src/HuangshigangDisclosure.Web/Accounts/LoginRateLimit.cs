using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Accounts;

/// <summary>Log-in attempts allowed per client address (configuration section <c>RateLimiting</c>).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Log-in POSTs one address may make per window; beyond it the answer is 429 until the window ends.</summary>
    [Range(1, 100_000)]
    public int LoginAttemptsPerWindow { get; set; } = 20;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Limits password guessing from one address (a fixed window per client IP) on the log-in form.
/// Lockout protects one account; this protects all of them from one guesser. Pages and the API are
/// not limited: a whole office may sit behind one NAT address.
/// </summary>
public static class LoginRateLimit
{
    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>().Bind(configuration.GetSection(RateLimitingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!IsLogInAttempt(http.Request))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                // Read per request (IOptions), so settings added after registration (tests, hosts) apply.
                var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.LoginAttemptsPerWindow,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            // No body here: the status-code page answers 429 with the Chinese "操作过于频繁" page.
            options.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                http.Response.Headers.RetryAfter = limits.WindowSeconds.ToString(CultureInfo.InvariantCulture);
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LoginRateLimit))
                    .LogWarning("Log-in attempts from {Address} over the limit of {Limit} per {Seconds} s: refused with 429.",
                        http.Connection.RemoteIpAddress, limits.LoginAttemptsPerWindow, limits.WindowSeconds);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static bool IsLogInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase);
}
