using System.Globalization;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Core.Text;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>A row the import will add, as the preview shows it.</summary>
public sealed record PublicationPreview(
    int Row,
    string Unit,
    string Title,
    DateOnly PublishedOn,
    PublicationChannel Channel,
    string? Url,
    PublicationCategory Category,
    string? DirectoryCode,
    bool NeedsInterpretation);

/// <summary>
/// The publication import of design §4, for the page and the API alike: read the file, check every
/// row (units and directory codes against the database), skip duplicates within the file and
/// against recorded items, and add the rest in one transaction — or nothing when any row is bad.
/// A liaison imports only their own unit's rows. Every lookup is one query for the whole file.
/// </summary>
public sealed class PublicationImport(AppDbContext db, TabularFileReader reader, CurrentUser me, TimeProvider clock, ILogger<PublicationImport> logger)
{
    public const string Kind = "publications";

    public Task<ImportResult<PublicationPreview>> PreviewAsync(ImportUpload upload, CancellationToken cancellationToken = default) =>
        RunAsync(upload, commit: false, cancellationToken);

    /// <summary>Checks the whole file again inside the transaction and adds its new rows, or nothing.</summary>
    public Task<ImportResult<PublicationPreview>> CommitAsync(ImportUpload upload, CancellationToken cancellationToken = default) =>
        RunAsync(upload, commit: true, cancellationToken);

    private async Task<ImportResult<PublicationPreview>> RunAsync(ImportUpload upload, bool commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!me.IsAdmin && (!me.IsLiaison || me.UnitId is null))
        {
            throw new InvalidOperationException("Only an Admin or a Liaison with a unit imports publications.");
        }

        var started = clock.GetTimestamp();
        var read = await reader.ReadAsync(upload.OpenRead(), upload.FileName, cancellationToken);
        var readTime = clock.GetElapsedTime(started);
        if (!read.IsSuccess)
        {
            return ImportResult<PublicationPreview>.Failed(read.Error);
        }

        var file = read.File;
        var columns = ImportHeaders.MapPublications(file.Headers);
        if (!columns.IsValid)
        {
            return ImportResult<PublicationPreview>.Failed(string.Join(" ", columns.Errors), file.Rows.Count);
        }

        // Checking inside the transaction means what is added is exactly what was checked.
        await using var transaction = commit ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var plan = await PlanAsync(file, columns, cancellationToken);
        var checkTime = clock.GetElapsedTime(started) - readTime;
        var result = new ImportResult<PublicationPreview>
        {
            RowsRead = file.Rows.Count,
            ToAdd = plan.ToAdd.Count,
            Sample = [.. plan.ToAdd.Take(ImportResult<PublicationPreview>.SampleSize).Select(r => r.Preview)],
            Duplicates = plan.Duplicates,
            Errors = plan.Errors,
        };
        if (!commit || !result.IsValid)
        {
            return result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new ImportBatch
        {
            Kind = Kind,
            FileName = upload.FileName,
            FileHash = upload.Sha256,
            UnitId = me.IsAdmin ? null : me.UnitId,
            ImportedBy = me.UserName,
            ImportedAtUtc = now,
            Added = plan.ToAdd.Count,
            Duplicates = plan.Duplicates.Count,
        };
        db.ImportBatches.Add(batch);
        // The batch first, so that its rows carry its real id; the transaction still makes the batch and
        // its rows one change. The import is audited as its batch (who, when, which file, how many rows):
        // each row names the batch, and rows are bulk-inserted, not audited one by one.
        await db.SaveChangesAsync(cancellationToken);

        await BulkInsert.InsertAsync(db, [.. plan.ToAdd.Select(r => new Publication
        {
            UnitId = r.UnitId,
            Title = r.Preview.Title,
            PublishedOn = r.Preview.PublishedOn,
            Channel = r.Preview.Channel,
            Url = r.Preview.Url,
            Category = r.Preview.Category,
            DirectoryEntryId = r.DirectoryEntryId,
            NeedsInterpretation = r.Preview.NeedsInterpretation,
            Status = PublicationStatus.Published,
            RecordedBy = me.UserName,
            RecordedAtUtc = now,
            ImportBatchId = batch.Id,
        })], cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation(
            "Imported {Added} publications from {File} (batch {Batch}): read in {ReadMs:F0} ms, checked in {CheckMs:F0} ms, stored in {StoreMs:F0} ms",
            plan.ToAdd.Count, upload.FileName, batch.Id, readTime.TotalMilliseconds, checkTime.TotalMilliseconds, (clock.GetElapsedTime(started) - readTime - checkTime).TotalMilliseconds);
        return result with { Committed = true };
    }

    private sealed record NewRow(PublicationPreview Preview, int UnitId, int? DirectoryEntryId);

    private sealed record Plan(IReadOnlyList<NewRow> ToAdd, IReadOnlyList<ImportDuplicate> Duplicates, IReadOnlyList<ImportError> Errors);

    private async Task<Plan> PlanAsync(TabularFile file, ColumnMap<PublicationColumn> columns, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var rows = file.Rows.Select(r => PublicationImportRow.From(columns, r.Row, r.Cells)).ToList();
        var parsed = rows.Select(r => PublicationRowParser.Parse(r, today)).ToList();

        // Units by name or short name, in their loose form ("花湖 街道" is 花湖街道); few enough to load whole.
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.ShortName }).ToListAsync(cancellationToken);
        var unitByKey = new Dictionary<string, (int Id, string Name)>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            unitByKey.TryAdd(TextKey.Of(unit.Name), (unit.Id, unit.Name));
        }

        foreach (var unit in units)
        {
            unitByKey.TryAdd(TextKey.Of(unit.ShortName), (unit.Id, unit.Name));
        }

        var ownUnitName = me.IsAdmin ? null : units.FirstOrDefault(u => u.Id == me.UnitId)?.Name;

        var codes = rows.Select(r => r.DirectoryCode?.Trim()).OfType<string>().Where(c => c.Length is > 0 and <= PublicationRowParser.MaxDirectoryCodeLength)
            .Distinct(StringComparer.Ordinal).ToList();
        var entryByCode = codes.Count == 0
            ? []
            : await db.DirectoryEntries.AsNoTracking()
                .Where(e => EF.Parameter(codes).Contains(e.Code))
                .ToDictionaryAsync(e => e.Code, e => e.Id, StringComparer.Ordinal, cancellationToken);

        // A file names few units, each on many rows: each spelling is looked up once.
        var unitOfText = new Dictionary<string, (int Id, string Name)?>(StringComparer.Ordinal);
        var errors = new List<ImportError>();
        var valid = new List<(ParsedPublication Row, int UnitId, string UnitName, int? EntryId)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, result) = (rows[i], parsed[i]);
            var rowErrors = result.Errors.Count == 0 ? [] : result.Errors.Select(ImportError.From).ToList();
            (int Id, string Name)? unit = null;
            var unitText = TextKey.Collapse(row.Unit);
            if (unitText.Length > 0)
            {
                if (!unitOfText.TryGetValue(unitText, out var known))
                {
                    known = unitByKey.TryGetValue(TextKey.Of(unitText), out var byKey) ? byKey : null;
                    unitOfText.Add(unitText, known);
                }

                if (known is not { } found)
                {
                    rowErrors.Add(new(row.Row, ImportHeaders.HeaderOf(PublicationColumn.Unit), $"单位“{unitText}”不存在，请填写系统中已有单位的名称或简称。"));
                }
                else if (!me.IsAdmin && found.Id != me.UnitId)
                {
                    rowErrors.Add(new(row.Row, ImportHeaders.HeaderOf(PublicationColumn.Unit), $"联络员只能导入本单位（{ownUnitName}）的信息，不能导入“{unitText}”的信息。"));
                }
                else
                {
                    unit = found;
                }
            }

            int? entryId = null;
            var code = row.DirectoryCode?.Trim();
            if (!string.IsNullOrEmpty(code) && code.Length <= PublicationRowParser.MaxDirectoryCodeLength)
            {
                if (entryByCode.TryGetValue(code, out var id))
                {
                    entryId = id;
                }
                else
                {
                    rowErrors.Add(new(row.Row, ImportHeaders.HeaderOf(PublicationColumn.DirectoryCode), $"目录编码“{code}”不存在，请核对公开目录中的编码，或留空。"));
                }
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
            }
            else if (result.IsValid && unit is { } resolved)
            {
                valid.Add((result.Value, resolved.Id, resolved.Name, entryId));
            }
        }

        var unitOfRow = valid.ToDictionary(v => v.Row.Row, v => v.UnitId);
        var duplicates = PublicationDuplicates.Find(valid.Select(v => v.Row), r => unitOfRow[r.Row])
            .Select(d => new ImportDuplicate(d.Row, d.Reason)).ToList();
        var inFile = duplicates.Select(d => d.Row).ToHashSet();
        var candidates = valid.Where(v => !inFile.Contains(v.Row.Row)).ToList();
        var recorded = await RecordedAsync(candidates.Select(c => (c.UnitId, c.Row)).ToList(), cancellationToken);

        var toAdd = new List<NewRow>();
        foreach (var (row, unitId, unitName, entryId) in candidates)
        {
            var urlKey = row.Url is null ? null : PublicationDuplicates.UrlKey(row.Url);
            if (urlKey is not null && recorded.Urls.TryGetValue((unitId, urlKey), out var sameUrl))
            {
                duplicates.Add(new(row.Row, $"已录入过（同一单位、同一链接，发布日期 {Iso(sameUrl)}），不再重复导入。"));
            }
            else if (recorded.Titles.Contains((unitId, row.Title, row.PublishedOn)))
            {
                duplicates.Add(new(row.Row, "已录入过（同一单位、同一标题和发布日期），不再重复导入。"));
            }
            else
            {
                toAdd.Add(new(new(row.Row, unitName, row.Title, row.PublishedOn, row.Channel, row.Url, row.Category, row.DirectoryCode, row.NeedsInterpretation), unitId, entryId));
            }
        }

        return new Plan(toAdd, [.. duplicates.OrderBy(d => d.Row)], errors);
    }

    private sealed record Recorded(Dictionary<(int, string), DateOnly> Urls, HashSet<(int, string, DateOnly)> Titles);

    /// <summary>
    /// The published (not withdrawn) items that could repeat the file's rows, in two queries: the
    /// file's units within its date range (same title and date, or same link), and the file's units
    /// with any of its links at any date.
    /// </summary>
    private async Task<Recorded> RecordedAsync(IReadOnlyList<(int UnitId, ParsedPublication Row)> rows, CancellationToken cancellationToken)
    {
        var recorded = new Recorded([], []);
        if (rows.Count == 0)
        {
            return recorded;
        }

        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        var from = rows.Min(r => r.Row.PublishedOn);
        var to = rows.Max(r => r.Row.PublishedOn);
        var published = db.Publications.AsNoTracking().Where(p => unitIds.Contains(p.UnitId) && p.Status == PublicationStatus.Published);

        var inRange = await published
            .Where(p => p.PublishedOn >= from && p.PublishedOn <= to)
            .Select(p => new { p.UnitId, p.Title, p.PublishedOn, p.Url })
            .ToListAsync(cancellationToken);

        // Links are compared in their normal form, but stored as typed: look for both spellings.
        var links = rows.Where(r => r.Row.Url is not null)
            .SelectMany(r => new[] { r.Row.Url!, PublicationDuplicates.UrlKey(r.Row.Url!) })
            .Distinct(StringComparer.Ordinal).ToList();
        var sameLinks = links.Count == 0
            ? []
            : await published
                .Where(p => p.Url != null && EF.Parameter(links).Contains(p.Url))
                .Select(p => new { p.UnitId, p.Title, p.PublishedOn, p.Url })
                .ToListAsync(cancellationToken);

        foreach (var item in inRange.Concat(sameLinks))
        {
            recorded.Titles.Add((item.UnitId, TextKey.Collapse(item.Title), item.PublishedOn));
            if (!string.IsNullOrWhiteSpace(item.Url))
            {
                recorded.Urls.TryAdd((item.UnitId, PublicationDuplicates.UrlKey(item.Url)), item.PublishedOn);
            }
        }

        return recorded;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
