namespace HuangshigangDisclosure.Migrations.Sqlite;

/// <summary>Names this assembly to <c>MigrationsAssembly</c> without a magic string.</summary>
public sealed class Marker;
