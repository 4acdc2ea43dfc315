using HuangshigangDisclosure.Web.Calendar;

namespace HuangshigangDisclosure.Web.Interpretations;

public static class InterpretationsServiceCollectionExtensions
{
    /// <summary>The working-day calendar (cached) and interpretation rules from the <c>Interpretation</c> section, checked at start.</summary>
    public static IServiceCollection AddInterpretations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InterpretationOptions>()
            .Bind(configuration.GetSection(InterpretationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddScoped<PortalCalendar>();
        services.AddScoped<InterpretationQueries>();
        return services;
    }
}
