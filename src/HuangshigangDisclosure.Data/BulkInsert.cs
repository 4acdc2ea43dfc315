using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HuangshigangDisclosure.Data;

/// <summary>
/// Inserts many rows of one entity type without the change tracker: multi-row INSERT commands whose
/// parameters are made by EF's own type mappings (so dates, enums stored as text and Guids are written
/// exactly as EF writes them, on every provider), in the caller's transaction. Store-generated keys are
/// left to the database and not read back. Bypasses SaveChanges, hence its interceptors: the caller
/// audits the operation as a whole (an import audits its <c>ImportBatch</c>).
/// </summary>
public static class BulkInsert
{
    /// <summary>Rows per command: within every provider's parameter limit (SQL Server: 2,100) for the widest table here.</summary>
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
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";
        var rowsPerCommand = Math.Max(1, MaxParametersPerCommand / columns.Count);

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var inserted = 0;
            foreach (var chunk in rows.Chunk(rowsPerCommand))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                var text = new StringBuilder(head);
                for (var r = 0; r < chunk.Length; r++)
                {
                    text.Append(r == 0 ? "(" : ", (");
                    for (var c = 0; c < columns.Count; c++)
                    {
                        var (property, _, mapping) = columns[c];
                        var name = string.Create(CultureInfo.InvariantCulture, $"{sql.GenerateParameterName("p")}{r}_{c}");
                        var value = property.PropertyInfo?.GetValue(chunk[r]) ?? property.FieldInfo?.GetValue(chunk[r]);
                        command.Parameters.Add(mapping.CreateParameter(command, name, value, property.IsNullable));
                        text.Append(c == 0 ? name : ", " + name);
                    }

                    text.Append(')');
                }

                command.CommandText = text.ToString();
                inserted += await command.ExecuteNonQueryAsync(cancellationToken);
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
}
