using HuangshigangDisclosure.Web.Imports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Tests.Imports;

public class ImportOptionsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddImports(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void The_limits_default_to_20_MB_50000_rows_and_200_MB_unpacked()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<ImportOptions>>().Value;

        Assert.Equal((20L * 1024 * 1024, 50_000, 200L * 1024 * 1024), (options.MaxFileBytes, options.MaxDataRows, options.MaxUncompressedBytes));
        Assert.NotNull(services.GetRequiredService<TabularFileReader>());
    }

    [Fact]
    public void The_limits_come_from_the_Import_section_and_are_validated()
    {
        using var good = Services(new() { ["Import:MaxDataRows"] = "1000" });
        Assert.Equal(1000, good.GetRequiredService<IOptions<ImportOptions>>().Value.MaxDataRows);

        using var bad = Services(new() { ["Import:MaxDataRows"] = "0" });
        Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<ImportOptions>>().Value);
    }
}
