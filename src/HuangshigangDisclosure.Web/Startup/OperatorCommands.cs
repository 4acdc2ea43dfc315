using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// Commands for operators: <c>dotnet run --project src/HuangshigangDisclosure.Web -- migrate</c>
/// applies the migrations and exits (for sites that set Database:MigrateAtStart to false).
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
            default:
                return false;
        }
    }
}
