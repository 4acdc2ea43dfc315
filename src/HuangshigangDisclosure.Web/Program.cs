using HuangshigangDisclosure.Web;
using HuangshigangDisclosure.Web.Startup;

// Operator commands (e.g. `migrate`) run and exit; anything else starts the portal.
if (args.Contains("--demo"))
{
    args = [.. args.Where(a => a != "--demo"), "--Demo:Enabled=true"];
}

// Configuration is read once at start: reloading it would watch the content root, where the logs and the SQLite
// database are written, and wake a file watcher on every log line (restart the service after changing settings).
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.AddPortal();

// Disposed at exit, so that an operator command's last log lines are written (logging runs on a background thread).
await using var app = builder.Build();
if (await OperatorCommands.TryRunAsync(app, args))
{
    return;
}

await app.Services.InitializeDatabaseAsync();
app.UsePortal();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
