using HuangshigangDisclosure.Web;
using HuangshigangDisclosure.Web.Startup;

// Operator commands (e.g. `migrate`) run and exit; anything else starts the portal.
if (args.Contains("--demo"))
{
    args = [.. args.Where(a => a != "--demo"), "--Demo:Enabled=true"];
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
if (await OperatorCommands.TryRunAsync(app, args))
{
    return;
}

await app.Services.InitializeDatabaseAsync();
app.UsePortal();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
