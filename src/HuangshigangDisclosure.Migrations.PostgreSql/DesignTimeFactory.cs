using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace HuangshigangDisclosure.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the context for PostgreSQL migrations, through the app's own registration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new ServiceCollection()
            .AddAppDbContext(o => o.UseNpgsql("Host=localhost;Database=huangshigang_disclosure;Username=postgres", x => x.MigrationsAssembly(typeof(Marker).Assembly)))
            .BuildServiceProvider()
            .CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
}
