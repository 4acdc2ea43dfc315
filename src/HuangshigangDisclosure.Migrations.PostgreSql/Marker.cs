namespace HuangshigangDisclosure.Migrations.PostgreSql;

/// <summary>Names this assembly to <c>MigrationsAssembly</c> without a magic string.</summary>
public sealed class Marker;
