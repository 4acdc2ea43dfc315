using System.Diagnostics;
using System.Globalization;
using HuangshigangDisclosure.Bench;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

// bench <command> --db FILE [options]; bench/run.sh drives it and prints the report.
//   generate --units N --publications M --years Y --seed S   a fresh database of seeded, realistic data
//   score --quarter 2024Q2 --repeat K [--profile]           product path vs the bare SQL aggregate (--profile: time per command)
//   import-file --rows N --out FILE.xlsx                    an import file naming the database's units
var command = args.FirstOrDefault() ?? "";
string Option(string name, string fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
int Number(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

var database = Path.GetFullPath(Option("--db", "bench.db"));
var provider = Option("--provider", "Sqlite");
var connection = provider == "Sqlite" ? $"Data Source={database}" : Option("--connection", "");

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider,
    ["ConnectionStrings:Default"] = connection,
    ["Bootstrap:AdminUserName"] = "admin",
    ["Bootstrap:AdminPassword"] = BenchData.AdminPassword,
    ["Serilog:MinimumLevel:Default"] = "Warning",
    ["Logging:File:Path"] = Path.Combine(Path.GetTempPath(), "hsg-bench-logs", "bench-.log"),
});
builder.AddPortal();
if (args.Contains("--profile"))
{
    builder.Services.AddSingleton<CommandTimings>();
    builder.Services.AddSingleton<IDbCommandInterceptor>(services => services.GetRequiredService<CommandTimings>());
}

await using var app = builder.Build();

switch (command)
{
    case "generate":
        if (provider == "Sqlite" && File.Exists(database))
        {
            File.Delete(database);
        }

        await app.Services.InitializeDatabaseAsync();
        var watch = Stopwatch.StartNew();
        var counts = await BenchData.GenerateAsync(app.Services, Number("--units", 100), Number("--publications", 100_000), Number("--years", 3), Number("--seed", 2022));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {counts} in {watch.Elapsed.TotalSeconds:F1} s"));
        break;

    case "score":
        await ScoringBench.RunAsync(app.Services, Quarter.Parse(Option("--quarter", "2024Q2")), Number("--repeat", 7));
        break;

    case "import-file":
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var units = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Units.AsNoTracking().Select(u => u.Name).ToListAsync();
            BenchData.WriteImportFile(Option("--out", "import.xlsx"), units, Number("--rows", 50_000), Number("--seed", 7));
        }

        break;

    default:
        await Console.Error.WriteLineAsync("Usage: bench generate|score|import-file --db FILE [options] (see bench/README.md)");
        return 2;
}

return 0;

