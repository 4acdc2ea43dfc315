using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(HuangshigangDisclosure.EndToEnd.Browser))]

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>
/// One headless Chromium for the whole test assembly: Debian's <c>chromium</c> package at
/// /usr/bin/chromium (or HSG_CHROMIUM), driven by Playwright through <c>ExecutablePath</c>.
/// No browser is ever downloaded. Without the executable a browser test skips with the reason,
/// except when the environment variable CI is set: then it fails, so CI cannot pass by skipping.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("HSG_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromiumPath;

    /// <summary>CI is set (to anything but empty, "0" or "false"): browser tests must run, never skip.</summary>
    public static bool IsCi =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why no browser is available, or null when it is.</summary>
    public string? UnavailableReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var path = ChromiumPath;
        if (!File.Exists(path))
        {
            UnavailableReason = $"No Chromium at {path}: install Debian's package (apt-get install chromium fonts-noto-cjk) or set HSG_CHROMIUM.";
            return;
        }

        // Chromium is there: a failure to start it is a real failure, not a reason to skip.
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            ChromiumSandbox = false,
            Args = ChromiumFlags,
        });
    }

    /// <summary>The browser; skips the calling test when there is none, or fails it under CI.</summary>
    public IBrowser Require()
    {
        if (UnavailableReason is { } reason)
        {
            if (IsCi)
            {
                Assert.Fail($"{reason} CI is set, so browser tests must run: they may not skip.");
            }

            Assert.Skip(reason);
        }

        return _browser ?? throw new InvalidOperationException("The browser fixture was not initialized.");
    }

    /// <summary>A fresh browser context (own cookies) for the portal at <paramref name="baseAddress"/>, in Chinese.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress)
    {
        var context = await Require().NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
