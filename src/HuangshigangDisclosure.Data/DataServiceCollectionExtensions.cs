using HuangshigangDisclosure.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuangshigangDisclosure.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AppDbContext"/> with auditing and concurrency versions.
    /// <paramref name="useProvider"/> picks the provider and its migrations assembly.
    /// </summary>
    public static IServiceCollection AddAppDbContext(this IServiceCollection services, Action<DbContextOptionsBuilder> useProvider) =>
        services.AddAppDbContext((_, options) => useProvider(options));

    /// <inheritdoc cref="AddAppDbContext(IServiceCollection, Action{DbContextOptionsBuilder})"/>
    public static IServiceCollection AddAppDbContext(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> useProvider)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor, SystemAuditActor>();
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton<ConcurrencyVersionInterceptor>();
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            useProvider(sp, options);
            options.AddInterceptors(sp.GetRequiredService<ConcurrencyVersionInterceptor>(), sp.GetRequiredService<AuditInterceptor>());

            // Command observers registered by the host (tests and benchmarks count SQL commands with one).
            options.AddInterceptors(sp.GetServices<IDbCommandInterceptor>());
            options.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        return services;
    }
}
