using System.Globalization;
using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Data.Auditing;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Api;
using HuangshigangDisclosure.Web.Auditing;
using HuangshigangDisclosure.Web.Bulletins;
using HuangshigangDisclosure.Web.Imports;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Interpretations;
using HuangshigangDisclosure.Web.Pages.Publications;
using HuangshigangDisclosure.Web.Resources;
using HuangshigangDisclosure.Web.Scoring;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace HuangshigangDisclosure.Web;

/// <summary>The portal's services and pipeline, in one place so the tests host exactly the same app.</summary>
public static class PortalSetup
{
    public const string AdminPolicy = "Admin";
    public const string ReadAllPolicy = "ReadAll";

    /// <summary>Picks the cookie or the API token for each request.</summary>
    private const string PortalScheme = "Portal";

    /// <summary>Pages only an Admin may open, beside the /Admin folder.</summary>
    private static readonly string[] AdminPages =
    [
        "/Units/Create", "/Units/Edit", "/Units/Appoint", "/Units/Replace",
        "/Directory/Create", "/Directory/Edit", "/Directory/Import", "/Directory/Domains/Index", "/Directory/Domains/Create", "/Directory/Domains/Edit",
        "/Interpretations/Delete",
        "/Bulletins/Create", "/Bulletins/Edit", "/Bulletins/Issue", "/Bulletins/Correct",
    ];

    /// <summary>Pages for Leaders and Admins only (district-wide figures); a liaison is refused.</summary>
    private static readonly string[] ReadAllPages =
    [
        "/Reports/Index",
    ];

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSerilog((provider, logger) => ConfigureLogging(logger, configuration, builder.Environment));

        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddPortalDatabase();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccountAudit>();
        services.AddImports(configuration);
        services.AddInterpretations(configuration);

        services.AddDataProtection()
            .SetApplicationName("HuangshigangDisclosure")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddOptions<PasswordSettings>().Bind(configuration.GetSection("Accounts:Password"))
            .Validate(p => p.MinimumLength >= 8 && p.RequiredCharacterClasses is >= 1 and <= 4, "Accounts:Password: at least 8 characters and 1–4 character classes.")
            .ValidateOnStart();
        services.AddOptions<NewMediaOptions>().Bind(configuration.GetSection(NewMediaOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.IsConsistent, "NewMedia: ZombieDays must be more than DormantDays.")
            .ValidateOnStart();
        // One setting per threshold: the scores use the pages' NewMedia:DormantDays and Interpretation:OnTimeWorkingDays.
        services.AddOptions<ScoringOptions>().Bind(configuration.GetSection(ScoringOptions.Section))
            .PostConfigure<IOptions<NewMediaOptions>, IOptions<InterpretationOptions>>((scoring, newMedia, interpretation) =>
            {
                scoring.DormantDays = newMedia.Value.DormantDays;
                scoring.InterpretationWorkingDays = interpretation.Value.OnTimeWorkingDays;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScoringOptions>, ScoringOptionsValidation>();
        services.AddScoped<QuarterScoreService>();
        services.AddOptions<DataVersionOptions>().Bind(configuration.GetSection(DataVersionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DataVersion>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DataVersionInterceptor>();
        services.AddOptions<ReverseProxySettings>().Bind(configuration.GetSection(ReverseProxySettings.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.AddressesAreValid, "ReverseProxy: KnownProxies must be IP addresses and KnownNetworks CIDR networks (10.0.0.0/24).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxySettings>>((options, proxy) => proxy.Value.ApplyTo(options));
        services.AddOptions<BulletinOptions>().Bind(configuration.GetSection(BulletinOptions.Section))
            .Validate(o => o.IsValid, "Bulletin: District, Office and Addressees must not be empty.")
            .ValidateOnStart();
        services.AddScoped<BulletinService>();
        services.AddOptions<PublicationExportOptions>().Bind(configuration.GetSection(PublicationExportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
                // Read when options are built (after every configuration source is in), not at registration.
                options.Password.RequiredLength = configuration.GetValue("Accounts:Password:MinimumLength", new PasswordSettings().MinimumLength);
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Accounts:Lockout:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Accounts:Lockout:Minutes", 15));
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CharacterClassPasswordValidator>();

        // Browsers use the log-in cookie; machines send "Authorization: Bearer hsg_…" (API tokens).
        services.AddScoped<ApiTokens>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = PortalScheme;
                options.DefaultAuthenticateScheme = PortalScheme;
                options.DefaultChallengeScheme = PortalScheme;
                options.DefaultForbidScheme = PortalScheme;
            })
            .AddPolicyScheme(PortalScheme, PortalScheme, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);

        // A disabled account or a reset password ends existing sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "hsg.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Accounts:IdleTimeoutMinutes", 30));
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(o => o.Cookie.Name = "hsg.csrf");
        services.AddOutputCache(o => o.AddPolicy(ScoresPageCachePolicy.Name, new ScoresPageCachePolicy()));
        // Pages are compressed over plain HTTP only (the default): over HTTPS compressing a page that holds a secret
        // (the antiforgery token) beside reflected input invites BREACH; there the reverse proxy decides.
        services.AddResponseCompression(o => o.MimeTypes = ResponseCompressionDefaults.MimeTypes);
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddLoginRateLimit(configuration);
        services.AddAuditPurge(configuration);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, p => p.RequireRole(AppRoles.Admin))
            .AddPolicy(ReadAllPolicy, p => p.RequireRole(AppRoles.Admin, AppRoles.Leader));

        // Chinese text is written as is, not as &#x...; escapes (HTML-encoding still applies to markup).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization();
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
                foreach (var page in AdminPages)
                {
                    options.Conventions.AuthorizePage(page, AdminPolicy);
                }

                foreach (var page in ReadAllPages)
                {
                    options.Conventions.AuthorizePage(page, ReadAllPolicy);
                }

                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/Lockout");
                options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Culture");
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<MustChangePasswordFilter>();
                options.Filters.Add<LeaderReadOnlyFilter>();
                options.Filters.Add<UnhandledMethodFilter>();
                // Model-binding messages in the user's language (the typed resource class follows the UI culture).
                var messages = options.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((value, field) => string.Format(CultureInfo.CurrentCulture, Strings.Binding_Invalid, value, field));
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Strings.Binding_ValueInvalid);
                // What the enum binder says of a value on no list (e.g. a number that names no member).
                messages.SetValueIsInvalidAccessor(value => string.Format(CultureInfo.CurrentCulture, Strings.Binding_ValueIsInvalid, value));
                messages.SetUnknownValueIsInvalidAccessor(field => string.Format(CultureInfo.CurrentCulture, Strings.Binding_Invalid, "", field));
                messages.SetValueMustNotBeNullAccessor(value => string.Format(CultureInfo.CurrentCulture, Strings.Binding_MissingValue, value));
                messages.SetMissingBindRequiredValueAccessor(field => string.Format(CultureInfo.CurrentCulture, Strings.Binding_MissingValue, field));
                messages.SetValueMustBeANumberAccessor(field => string.Format(CultureInfo.CurrentCulture, Strings.Binding_MustBeNumber, field));
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Strings)));
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, QuietTempDataProvider>();

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        // First, so HSTS, secure cookies, redirects and the logs see the client's scheme and address.
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReverseProxySettings>>().Value.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        // Friendly Chinese error pages everywhere, Development included: no stack trace reaches a user.
        // A database that cannot be reached is 503 (try again shortly), anything else 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = DatabaseUnavailable.StatusCodeFor,
        });
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN", "en").AddSupportedUICultures("zh-CN", "en");
            // Chinese first whatever the browser says; the switch in the page header sets the cookie.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: a cached page is only ever served to someone allowed to open it.
        app.UseOutputCache();
        // Inside the output cache, which so keeps a page compressed once (varied by Accept-Encoding), not per request.
        app.UseResponseCompression();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        app.MapImportApi();
        app.MapScoresApi();
        return app;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        // API callers get a status code, never a log-in page.
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsJsonAsync(new { status, error = status == 401 ? "unauthorized" : "forbidden" });
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void ConfigureLogging(LoggerConfiguration logger, IConfiguration configuration, IHostEnvironment environment)
    {
        var file = configuration["Logging:File:Path"] is { Length: > 0 } path ? path : "App_Data/logs/portal-.log";
        if (!Path.IsPathRooted(file))
        {
            file = Path.Combine(environment.ContentRootPath, file);
        }

        logger.ReadFrom.Configuration(configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            // Written on a background thread: every request logs a line, and request threads queuing for the console's
            // lock were the dashboard's largest cost under load (docs/performance.md). The queue is flushed at shutdown.
            .WriteTo.Async(sinks =>
            {
                sinks.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                sinks.File(file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            });
    }
}
