using System.Data.Common;
using System.Globalization;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Tests.Imports;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests.Data;

/// <summary>Rows written by <see cref="BulkInsert"/> are stored exactly as EF stores them, and EF edits them afterwards.</summary>
public class BulkInsertTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Publication Sample(int unitId, string title) => new()
    {
        UnitId = unitId,
        Title = title,
        PublishedOn = new DateOnly(2022, 7, 5),
        Channel = PublicationChannel.WeChat,
        Url = "https://www.hsdst.gov.cn/a.html",
        Category = PublicationCategory.PolicyDocument,
        NeedsInterpretation = true,
        Status = PublicationStatus.Published,
        RecordedBy = "tester",
        RecordedAtUtc = new DateTime(2022, 7, 5, 8, 30, 0, DateTimeKind.Utc),
        Version = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
    };

    /// <summary>Every stored column but the key and title, with its store type, read over the app's own connection (any provider).</summary>
    private Task<IReadOnlyList<string>> StoredColumnsAsync(string title) => portal.WithDbAsync<IReadOnlyList<string>>(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"Publications\" WHERE \"Title\" = @title";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@title";
        parameter.Value = title;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return [.. Enumerable.Range(0, reader.FieldCount)
            .Where(i => reader.GetName(i) is not ("Id" or "Title"))
            .Select(i => $"{reader.GetName(i)}={reader.GetDataTypeName(i)}:{Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}")];
    });

    [Fact]
    public async Task A_bulk_inserted_row_is_stored_like_one_saved_by_ef_and_ef_can_edit_it()
    {
        var unitId = await portal.WithDbAsync(db => db.Units.Select(u => u.Id).FirstAsync());
        await portal.WithDbAsync(async db =>
        {
            db.Publications.Add(Sample(unitId, "经EF保存"));
            await db.SaveChangesAsync();
            return await BulkInsert.InsertAsync(db, [Sample(unitId, "批量写入")]);
        });

        Assert.Equal(await StoredColumnsAsync("经EF保存"), await StoredColumnsAsync("批量写入"));

        var changed = await portal.WithDbAsync(async db =>
        {
            var bulk = await db.Publications.SingleAsync(p => p.Title == "批量写入");
            Assert.Equal((PublicationChannel.WeChat, new DateOnly(2022, 7, 5)), (bulk.Channel, bulk.PublishedOn));
            bulk.Title = "批量写入（已改）";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(1, changed);
    }

    /// <summary>Rows of every shape the table holds: optional values absent and present, both statuses, odd text, fractional times (whole microseconds: PostgreSQL keeps no finer).</summary>
    private static IReadOnlyList<Publication> Shapes(int unitId, int entryId, long batchId) =>
    [
        Sample(unitId, "全部填写"),
        new()
        {
            UnitId = unitId,
            Title = "可空列为空",
            PublishedOn = new DateOnly(2000, 2, 29),
            Channel = PublicationChannel.Other,
            Category = PublicationCategory.Other,
            Status = PublicationStatus.Published,
            RecordedBy = "",
            RecordedAtUtc = new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(1_234_560),
            Version = Guid.Parse("00000000-0000-0000-0000-000000000001"),
        },
        new()
        {
            UnitId = unitId,
            Title = "已撤回 “引号” 'apostrophe' 𠮷 \\ ; --",
            PublishedOn = new DateOnly(9999, 12, 31),
            Channel = PublicationChannel.NoticeBoard,
            Url = "https://www.hsdst.gov.cn/路径?q=黄石港&x='1'",
            Category = PublicationCategory.Statistics,
            DirectoryEntryId = entryId,
            NeedsInterpretation = false,
            Status = PublicationStatus.Withdrawn,
            WithdrawalReason = "错发",
            WithdrawnAtUtc = new DateTime(2022, 7, 6, 0, 0, 0, DateTimeKind.Utc),
            RecordedBy = "联络员",
            RecordedAtUtc = new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ImportBatchId = batchId,
            Version = Guid.Parse("ffffffff-abcd-ef01-2345-6789abcdef00"),
        },
    ];

    [Fact]
    public async Task Rows_of_every_shape_are_stored_and_read_back_exactly_as_ef_stores_them()
    {
        var unitId = await portal.WithDbAsync(db => db.Units.Select(u => u.Id).FirstAsync());
        var code = await portal.AddDirectoryEntryAsync("BULK-01");
        var entryId = await portal.WithDbAsync(db => db.DirectoryEntries.Where(e => e.Code == code).Select(e => e.Id).SingleAsync());
        var batchId = await portal.WithDbAsync(async db =>
        {
            var batch = new ImportBatch { Kind = "publications", FileName = "shapes.xlsx", FileHash = new string('0', 64), ImportedBy = "tester", ImportedAtUtc = DateTime.UtcNow };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });
        // Each shape after each other: a value the same as the row before's, or not, null after a value and back.
        var shapes = Shapes(unitId, entryId, batchId);
        shapes = [.. new[] { 0, 0, 1, 0, 2, 2, 1, 1, 2, 0 }.Select((s, i) => Copy(shapes[s], $"{shapes[s].Title}-{i}"))];

        await portal.WithDbAsync(async db =>
        {
            db.Publications.AddRange(shapes.Select(p => Copy(p, "EF:" + p.Title)));
            await db.SaveChangesAsync();
            return await BulkInsert.InsertAsync(db, [.. shapes.Select(p => Copy(p, "批量:" + p.Title))]);
        });

        foreach (var shape in shapes)
        {
            Assert.Equal(await StoredColumnsAsync("EF:" + shape.Title), await StoredColumnsAsync("批量:" + shape.Title));
        }

        var readBack = await portal.WithDbAsync(db => db.Publications.AsNoTracking().Where(p => p.Title.StartsWith("批量:")).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(shapes.Select(p => Copy(p, "批量:" + p.Title)).Select(Comparable), readBack.Select(Comparable));
    }

    [Fact]
    public async Task A_row_the_database_refuses_fails_the_insert_and_leaves_no_row_of_it()
    {
        var unitId = await portal.WithDbAsync(db => db.Units.Select(u => u.Id).FirstAsync());
        List<Publication> rows = [Sample(unitId, "拒绝前"), Sample(unitId, "拒绝前2"), Sample(int.MaxValue, "不存在的单位"), Sample(unitId, "拒绝后")];

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => portal.WithDbAsync(db => BulkInsert.InsertAsync(db, rows)));

        Assert.Contains("FOREIGN KEY", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Publications.CountAsync(p => p.Title.StartsWith("拒绝") || p.Title == "不存在的单位")));
    }

    [Fact]
    public async Task On_SQLite_the_connection_keeps_its_page_cache_size_after_an_insert()
    {
        var unitId = await portal.WithDbAsync(db => db.Units.Select(u => u.Id).FirstAsync());

        var (before, after) = await portal.WithDbAsync(async db =>
        {
            if (!db.Database.IsSqlite())
            {
                return (0L, 0L);
            }

            await db.Database.OpenConnectionAsync();
            var before = await db.Database.SqlQueryRaw<long>("PRAGMA cache_size").ToListAsync();
            await BulkInsert.InsertAsync(db, [Sample(unitId, "缓存")]);
            var after = await db.Database.SqlQueryRaw<long>("PRAGMA cache_size").ToListAsync();
            return (before.Single(), after.Single());
        });

        Assert.Equal(before, after);
    }

    private static Publication Copy(Publication p, string title) => new()
    {
        UnitId = p.UnitId,
        Title = title,
        PublishedOn = p.PublishedOn,
        Channel = p.Channel,
        Url = p.Url,
        Category = p.Category,
        DirectoryEntryId = p.DirectoryEntryId,
        NeedsInterpretation = p.NeedsInterpretation,
        Status = p.Status,
        WithdrawalReason = p.WithdrawalReason,
        WithdrawnAtUtc = p.WithdrawnAtUtc,
        RecordedBy = p.RecordedBy,
        RecordedAtUtc = p.RecordedAtUtc,
        ImportBatchId = p.ImportBatchId,
        Version = p.Version,
    };

    /// <summary>Every mapped value but the store-generated key, times with their kind as EF reads them back.</summary>
    private static string Comparable(Publication p) => string.Join("|", p.UnitId, p.Title, p.PublishedOn.ToString("O", CultureInfo.InvariantCulture), p.Channel, p.Url, p.Category,
        p.DirectoryEntryId, p.NeedsInterpretation, p.Status, p.WithdrawalReason, p.WithdrawnAtUtc?.Ticks, p.RecordedBy, p.RecordedAtUtc.Ticks, p.ImportBatchId, p.Version);

    [Fact]
    public async Task More_rows_than_one_command_holds_are_all_inserted_in_the_callers_transaction()
    {
        var unitId = await portal.WithDbAsync(db => db.Units.Select(u => u.Id).FirstAsync());
        var rows = Enumerable.Range(0, 1234).Select(i => Sample(unitId, $"事务{i}")).ToList();

        await portal.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkInsert.InsertAsync(db, rows);
            await transaction.RollbackAsync();
            return 0;
        });
        var afterRollback = await portal.WithDbAsync(db => db.Publications.CountAsync(p => p.Title.StartsWith("事务")));
        var inserted = await portal.WithDbAsync(db => BulkInsert.InsertAsync(db, rows));
        var afterInsert = await portal.WithDbAsync(db => db.Publications.CountAsync(p => p.Title.StartsWith("事务")));

        Assert.Equal((0, 1234, 1234), (afterRollback, inserted, afterInsert));
    }
}
