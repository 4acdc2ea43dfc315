using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
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
