using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace HuangshigangDisclosure.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the context for SQL Server migrations, through the app's own registration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new ServiceCollection()
            .AddAppDbContext(o => o.UseSqlServer("Server=localhost;Database=HuangshigangDisclosure;Trusted_Connection=True;TrustServerCertificate=True", x => x.MigrationsAssembly(typeof(Marker).Assembly)))
            .BuildServiceProvider()
            .CreateScope().ServiceProvider.GetRequiredService<AppDbContext>();
}
