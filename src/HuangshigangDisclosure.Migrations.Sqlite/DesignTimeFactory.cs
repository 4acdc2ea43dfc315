using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace HuangshigangDisclosure.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context for SQLite migrations, through the app's own registration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new ServiceCollection()
            .AddAppDbContext(o => o.UseSqlite("Data Source=design-time.db", x => x.MigrationsAssembly(typeof(Marker).Assembly)))
            .BuildServiceProvider()
            .CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
}
