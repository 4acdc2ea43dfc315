using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Api;
using HuangshigangDisclosure.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// Commands for operators, run instead of the portal and then exit:
/// <c>dotnet run --project src/HuangshigangDisclosure.Web -- migrate</c> applies the migrations (for sites
/// that set Database:MigrateAtStart to false);
/// <c>… -- token create --user NAME --name LABEL</c> prints a new API token for that user;
/// <c>… -- backup FILE</c> copies a SQLite database with SQLite's online backup (see <see cref="DatabaseBackup"/>).
/// </summary>
public static class OperatorCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    await db.Database.MigrateAsync();
                    Console.WriteLine("Migrations applied: " + string.Join(", ", await db.Database.GetAppliedMigrationsAsync()));
                }

                return true;
            case "token" when args.ElementAtOrDefault(1) == "create":
                Environment.ExitCode = await CreateTokenAsync(app.Services, Option(args, "--user"), Option(args, "--name"));
                return true;
            case "token":
                await Console.Error.WriteLineAsync("Usage: token create --user NAME --name LABEL");
                Environment.ExitCode = 2;
                return true;
            case "backup":
                Environment.ExitCode = await DatabaseBackup.RunAsync(app.Services, args.ElementAtOrDefault(1));
                return true;
            default:
                return false;
        }
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider services, string? userName, string? label)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(label))
        {
            await Console.Error.WriteLineAsync("Usage: token create --user NAME --name LABEL");
            return 2;
        }

        await services.InitializeDatabaseAsync();
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName);
        if (user is null || user.IsDisabled)
        {
            await Console.Error.WriteLineAsync($"No active user '{userName}'.");
            return 1;
        }

        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(user, label, "command line");
        // Printed once, on stdout alone, so a script can capture it; it cannot be shown again.
        Console.WriteLine(issued.Secret);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
