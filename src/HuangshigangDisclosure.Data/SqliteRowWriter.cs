using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SQLitePCL;

namespace HuangshigangDisclosure.Data;

/// <summary>
/// SQLite's fast path for <see cref="BulkInsert"/>: one INSERT statement prepared on the connection and
/// executed for every row, its values bound by position. Through SqliteCommand every execution would
/// look each parameter up by name and build a data reader: for 50,000 rows about as long as SQLite's
/// own work. Values are bound as Microsoft.Data.Sqlite binds them (its documented mapping of .NET types
/// to SQLite values), after the property's value converter, so rows read back exactly as EF wrote them.
/// </summary>
internal sealed class SqliteRowWriter
{
    // Microsoft.Data.Sqlite's forms: DateTime without a Kind suffix, DateOnly as an ISO date.
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";
    private const string DateFormat = @"yyyy\-MM\-dd";

    /// <summary>The page cache while rows are written: room for a whole import's pages.</summary>
    private const long LargeCacheKibibytes = 64 * 1024;

    private enum Binding
    {
        Integer,
        Real,
        Text,
        Guid,
        DateTime,
        Date,
    }

    private readonly IReadOnlyList<(IProperty Property, ValueConverter? Converter, Binding Binding)> _columns;

    private SqliteRowWriter(IReadOnlyList<(IProperty, ValueConverter?, Binding)> columns) => _columns = columns;

    /// <summary>
    /// A writer for these columns, or null when a column's values are of a type this path does not bind
    /// (Microsoft.Data.Sqlite's own binding then does the work): the common types only, and none that a
    /// mapping asks to be stored otherwise than by default (a date as a Julian day number, a Guid as a blob).
    /// </summary>
    public static SqliteRowWriter? For(SqliteCommand probe, IEnumerable<(IProperty Property, RelationalTypeMapping Mapping)> columns)
    {
        var bound = new List<(IProperty, ValueConverter?, Binding)>();
        foreach (var (property, mapping) in columns)
        {
            var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            type = Nullable.GetUnderlyingType(type) ?? type;
            type = type.IsEnum ? Enum.GetUnderlyingType(type) : type;

            // The store type a mapping gives its parameters (DbType): Microsoft.Data.Sqlite stores dates
            // and Guids differently for some of them.
            var storeType = ((SqliteParameter)mapping.CreateParameter(probe, "@probe", null, nullable: true)).SqliteType;
            Binding? binding = type switch
            {
                _ when type == typeof(bool) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort)
                    || type == typeof(int) || type == typeof(uint) || type == typeof(long) => Binding.Integer,
                _ when type == typeof(double) || type == typeof(float) => Binding.Real,
                _ when type == typeof(string) => Binding.Text,
                _ when type == typeof(Guid) && storeType != SqliteType.Blob => Binding.Guid,
                _ when type == typeof(DateTime) && storeType != SqliteType.Real => Binding.DateTime,
                _ when type == typeof(DateOnly) && storeType != SqliteType.Real => Binding.Date,
                _ => null,
            };
            if (binding is null)
            {
                return null;
            }

            bound.Add((property, mapping.Converter, binding.Value));
        }

        return new SqliteRowWriter(bound);
    }

    /// <summary>Executes <paramref name="sql"/> (one row's INSERT, parameters in column order) for every row, in the connection's transaction.</summary>
    public int Insert<TEntity>(SqliteConnection connection, string sql, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");

        // 50,000 rows dirty some 4,000 pages (15 MB) of the table and its indexes: more than SQLite's
        // default cache (2 MB), which would write pages out and read them back during the transaction.
        var cacheSize = Scalar(handle, "PRAGMA cache_size");
        var cacheBytes = cacheSize < 0 ? -cacheSize * 1024 : cacheSize * Scalar(handle, "PRAGMA page_size");
        if (cacheBytes < LargeCacheKibibytes * 1024)
        {
            Check(raw.sqlite3_exec(handle, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{LargeCacheKibibytes}")), handle);
        }

        sqlite3_stmt? statement = null;
        try
        {
            Check(raw.sqlite3_prepare_v2(handle, sql, out statement), handle);
            var getters = _columns.Select(c => c.Property.IsShadowProperty() ? null : c.Property.GetGetter()).ToArray();
            var timeout = TimeSpan.FromSeconds(connection.DefaultTimeout);

            // A statement keeps its bound values from one execution to the next: a value the same as the
            // row before's (the batch, the user, the time of an import) is bound once.
            var previous = new object?[_columns.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                if (r % 1024 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                for (var c = 0; c < _columns.Count; c++)
                {
                    var value = getters[c]?.GetClrValueUsingContainingEntity(rows[r]);
                    if (value is not null && _columns[c].Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    if (r == 0 || !Equals(value, previous[c]))
                    {
                        Check(Bind(statement, c + 1, _columns[c].Binding, value), handle);
                        previous[c] = value;
                    }
                }

                Step(statement, handle, timeout);
            }
        }
        finally
        {
            statement?.Dispose();

            // The connection goes back to the pool with its own cache size (the cache shrinks to it).
            if (cacheBytes < LargeCacheKibibytes * 1024)
            {
                Check(raw.sqlite3_exec(handle, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}")), handle);
            }
        }

        return rows.Count;
    }

    /// <summary>A pragma's value.</summary>
    private static long Scalar(sqlite3 handle, string sql)
    {
        Check(raw.sqlite3_prepare_v2(handle, sql, out var statement), handle);
        using (statement)
        {
            var rc = raw.sqlite3_step(statement);
            Check(rc, handle);
            return rc == raw.SQLITE_ROW ? raw.sqlite3_column_int64(statement, 0) : 0;
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, Binding binding, object? value)
    {
        if (value is null or DBNull)
        {
            return raw.sqlite3_bind_null(statement, index);
        }

        switch (binding)
        {
            case Binding.Integer:
                return raw.sqlite3_bind_int64(statement, index, value is bool flag ? (flag ? 1 : 0) : Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case Binding.Real:
                var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return double.IsNaN(number) ? throw new InvalidOperationException("Cannot store 'NaN' values.") : raw.sqlite3_bind_double(statement, index, number);
            case Binding.Guid:
                return raw.sqlite3_bind_text(statement, index, ((Guid)value).ToString().ToUpperInvariant());
            case Binding.DateTime:
                return raw.sqlite3_bind_text(statement, index, ((DateTime)value).ToString(DateTimeFormat, CultureInfo.InvariantCulture));
            case Binding.Date:
                return raw.sqlite3_bind_text(statement, index, ((DateOnly)value).ToString(DateFormat, CultureInfo.InvariantCulture));
            default:
                return raw.sqlite3_bind_text(statement, index, (string)value);
        }
    }

    /// <summary>Executes the statement once, waiting as Microsoft.Data.Sqlite waits while another connection holds the database.</summary>
    private static void Step(sqlite3_stmt statement, sqlite3 handle, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        int rc;
        while ((rc = raw.sqlite3_step(statement)) is raw.SQLITE_BUSY or raw.SQLITE_LOCKED or raw.SQLITE_LOCKED_SHAREDCACHE
            && (timeout == TimeSpan.Zero || waited.Elapsed < timeout))
        {
            raw.sqlite3_reset(statement);
            Thread.Sleep(150);
        }

        try
        {
            // Before the reset, which would clear the connection's error message.
            Check(rc, handle);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    private static void Check(int rc, sqlite3 handle) => SqliteException.ThrowExceptionForRC(rc, handle);
}
