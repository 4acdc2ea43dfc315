namespace HuangshigangDisclosure.Web.Imports;

public static class ImportsServiceCollectionExtensions
{
    /// <summary>Registers the file reader with its limits from the <c>Import</c> section (checked at start) and the imports.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>()
            .Bind(configuration.GetSection(ImportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TabularFileReader>();
        services.AddSingleton<ImportStaging>();
        services.AddScoped<PublicationImport>();
        services.AddScoped<UnitImport>();
        services.AddScoped<DirectoryImport>();
        return services;
    }
}
