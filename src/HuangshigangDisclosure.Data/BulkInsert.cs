using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HuangshigangDisclosure.Data;

/// <summary>
/// Inserts many rows of one entity type without the change tracker, in the caller's transaction (or,
/// without one, in a transaction of its own: all rows or none), with values converted and typed as EF
/// writes them, on every provider. Store-generated keys are left to the database and not read back.
/// Bypasses SaveChanges, hence its interceptors: the caller audits the operation as a whole (an import
/// audits its <c>ImportBatch</c>).
/// </summary>
/// <remarks>
/// SQLite runs in-process, so a statement costs no round trip: one INSERT of one row, prepared once
/// and executed for every row, is fastest (it is what EF's SQLite provider does too), with its values
/// bound by position (<see cref="SqliteRowWriter"/>). A server costs a round trip per command: there
/// rows go in multi-row INSERTs with parameters made by EF's type mappings.
/// </remarks>
public static class BulkInsert
{
    /// <summary>Parameters per command on a server: within every provider's limit (SQL Server: 2,100) for the widest table here.</summary>
    private const int MaxParametersPerCommand = 2000;

    public static async Task<int> InsertAsync<TEntity>(AppDbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken = default)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return 0;
        }

        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAdd || !p.IsPrimaryKey())
            .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.IsShadowProperty() ? null : p.GetGetter()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var list = rows as IReadOnlyList<TEntity> ?? [.. rows];

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var rowsPerCommand = connection is SqliteConnection ? 1 : Math.Max(1, MaxParametersPerCommand / columns.Count);
            var names = ParameterNames(sql, Math.Min(rowsPerCommand, list.Count), columns.Count);

            int inserted;
            await using (var probe = connection.CreateCommand())
            {
                if (connection is SqliteConnection sqlite && SqliteRowWriter.For((SqliteCommand)probe, columns.Select(c => (c.Property, c.Mapping))) is { } writer)
                {
                    inserted = writer.Insert(sqlite, Text(head, names, 1, columns.Count), list, cancellationToken);
                }
                else
                {
                    inserted = await InsertByCommandsAsync(connection, transaction, head, names, columns, list, cancellationToken);
                }
            }

            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return inserted;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter? Getter);

    /// <summary>Commands of up to as many rows as <paramref name="names"/> has, with a parameter per value made by EF's mappings.</summary>
    private static async Task<int> InsertByCommandsAsync<TEntity>(
        DbConnection connection, DbTransaction transaction, string head, string[,] names, IReadOnlyList<Column> columns, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        var rowsPerCommand = names.GetLength(0);
        DbCommand? command = null;
        try
        {
            var inserted = 0;
            for (var start = 0; start < rows.Count; start += rowsPerCommand)
            {
                var count = Math.Min(rowsPerCommand, rows.Count - start);

                // Commands of the same number of rows have the same text: the command, and the statement
                // the provider prepared for it, serve them all. Only the last command may be shorter.
                if (command is null || command.Parameters.Count != count * columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = Text(head, names, count, columns.Count);
                    for (var r = 0; r < count; r++)
                    {
                        for (var c = 0; c < columns.Count; c++)
                        {
                            command.Parameters.Add(Parameter(command, columns[c], names[r, c], rows[start + r]));
                        }
                    }
                }
                else
                {
                    // A new parameter per value, made by the mapping as for the first: some mappings
                    // configure a parameter by its value (SQL Server sizes a string by its length).
                    for (var r = 0; r < count; r++)
                    {
                        for (var c = 0; c < columns.Count; c++)
                        {
                            command.Parameters[(r * columns.Count) + c] = Parameter(command, columns[c], names[r, c], rows[start + r]);
                        }
                    }
                }

                inserted += await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return inserted;
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static DbParameter Parameter(DbCommand command, Column column, string name, object entity) =>
        column.Mapping.CreateParameter(command, name, column.Getter?.GetClrValueUsingContainingEntity(entity), column.Property.IsNullable);

    private static string[,] ParameterNames(ISqlGenerationHelper sql, int rows, int columns)
    {
        var names = new string[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                names[r, c] = string.Create(CultureInfo.InvariantCulture, $"{sql.GenerateParameterName("p")}{r}_{c}");
            }
        }

        return names;
    }

    private static string Text(string head, string[,] names, int rows, int columns)
    {
        var text = new StringBuilder(head);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append(names[r, c]);
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
