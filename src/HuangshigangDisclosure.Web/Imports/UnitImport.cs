using System.Globalization;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Core.Text;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Core.Units.Imports;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>A unit the import will add, as the preview shows it.</summary>
public sealed record UnitPreview(int Row, string Name, string ShortName, UnitKind Kind);

/// <summary>
/// The unit import (Admin only): 单位名称, 简称, 类型. A unit whose name is already recorded is a
/// duplicate and skipped; a short name that another unit already uses is an error, since short
/// names identify units in publication files. All or nothing, in one transaction.
/// </summary>
public sealed class UnitImport(AppDbContext db, TabularFileReader reader, CurrentUser me, TimeProvider clock)
{
    public const string Kind = "units";

    public Task<ImportResult<UnitPreview>> PreviewAsync(ImportUpload upload, CancellationToken cancellationToken = default) =>
        RunAsync(upload, commit: false, cancellationToken);

    public Task<ImportResult<UnitPreview>> CommitAsync(ImportUpload upload, CancellationToken cancellationToken = default) =>
        RunAsync(upload, commit: true, cancellationToken);

    private async Task<ImportResult<UnitPreview>> RunAsync(ImportUpload upload, bool commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!me.IsAdmin)
        {
            throw new InvalidOperationException("Only an Admin imports units.");
        }

        var read = await reader.ReadAsync(upload.OpenRead(), upload.FileName, cancellationToken);
        if (!read.IsSuccess)
        {
            return ImportResult<UnitPreview>.Failed(read.Error);
        }

        var file = read.File;
        var columns = ImportHeaders.MapUnits(file.Headers);
        if (!columns.IsValid)
        {
            return ImportResult<UnitPreview>.Failed(string.Join(" ", columns.Errors), file.Rows.Count);
        }

        await using var transaction = commit ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var existing = await db.Units.AsNoTracking().Select(u => new { u.Name, u.ShortName, u.SortOrder }).ToListAsync(cancellationToken);
        var nameTaken = existing.Select(u => TextKey.Of(u.Name)).ToHashSet(StringComparer.Ordinal);
        var shortNameOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in existing)
        {
            shortNameOwner.TryAdd(TextKey.Of(unit.ShortName), unit.Name);
        }

        var errors = new List<ImportError>();
        var duplicates = new List<ImportDuplicate>();
        var toAdd = new List<UnitPreview>();
        var nameInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var shortNameInFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var shortNameHeader = ImportHeaders.HeaderOf(UnitColumn.ShortName);
        foreach (var row in file.Rows)
        {
            var parsed = UnitRowParser.Parse(UnitImportRow.From(columns, row.Row, row.Cells));
            if (!parsed.IsValid)
            {
                errors.AddRange(parsed.Errors.Select(ImportError.From));
                continue;
            }

            var unit = parsed.Value;
            var nameKey = TextKey.Of(unit.Name);
            var shortKey = TextKey.Of(unit.ShortName);
            if (nameTaken.Contains(nameKey))
            {
                duplicates.Add(new(unit.Row, $"已有单位“{unit.Name}”，不再重复导入。"));
            }
            else if (nameInFile.TryGetValue(nameKey, out var first))
            {
                duplicates.Add(new(unit.Row, string.Create(CultureInfo.InvariantCulture, $"与第 {first} 行重复（同一单位名称）。")));
            }
            else if (shortNameOwner.TryGetValue(shortKey, out var owner))
            {
                errors.Add(new(unit.Row, shortNameHeader, $"简称“{unit.ShortName}”已被单位“{owner}”使用，请换一个简称。"));
            }
            else if (shortNameInFile.TryGetValue(shortKey, out first))
            {
                errors.Add(new(unit.Row, shortNameHeader, string.Create(CultureInfo.InvariantCulture, $"简称“{unit.ShortName}”与第 {first} 行相同，每个单位的简称须不同。")));
            }
            else
            {
                nameInFile[nameKey] = unit.Row;
                shortNameInFile[shortKey] = unit.Row;
                toAdd.Add(new(unit.Row, unit.Name, unit.ShortName, unit.Kind));
            }
        }

        var result = new ImportResult<UnitPreview>
        {
            RowsRead = file.Rows.Count,
            ToAdd = toAdd.Count,
            Sample = [.. toAdd.Take(ImportResult<UnitPreview>.SampleSize)],
            Duplicates = duplicates,
            Errors = errors,
        };
        if (!commit || !result.IsValid)
        {
            return result;
        }

        // New units follow the recorded ones, in the file's order.
        var sortOrder = existing.Count == 0 ? 0 : existing.Max(u => u.SortOrder);
        db.Units.AddRange(toAdd.Select(u => new Unit { Name = u.Name, ShortName = u.ShortName, Kind = u.Kind, SortOrder = sortOrder += 10 }));
        db.ImportBatches.Add(new ImportBatch
        {
            Kind = Kind,
            FileName = upload.FileName,
            FileHash = upload.Sha256,
            ImportedBy = me.UserName,
            ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
            Added = toAdd.Count,
            Duplicates = duplicates.Count,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return result with { Committed = true };
    }
}
