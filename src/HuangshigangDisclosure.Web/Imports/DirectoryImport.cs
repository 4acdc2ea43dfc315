using System.Globalization;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Directory.Imports;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Core.Text;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>Whether an imported row adds an entry or updates the entry recorded under its code.</summary>
public enum DirectoryChange
{
    Add,
    Update,
}

/// <summary>A row the import will write, as the preview shows it; for an update, the columns that change.</summary>
public sealed record DirectoryPreview(
    int Row,
    DirectoryChange Change,
    string Code,
    string Domain,
    bool IsNewDomain,
    string Level1,
    string Level2,
    string TimeLimitText,
    TimeLimit TimeLimit,
    string Units,
    IReadOnlyList<string> ChangedColumns);

/// <summary>
/// What a directory import found and did. <see cref="ImportOutcome.ToAdd"/> counts new entries;
/// <see cref="ToUpdate"/> the recorded entries the file changes and <see cref="Unchanged"/> those it
/// repeats as they are. There are no duplicates: a code given twice in a file is an error.
/// </summary>
public sealed record DirectoryImportResult : ImportOutcome
{
    public int ToUpdate { get; init; }

    public int Unchanged { get; init; }

    /// <summary>What was updated: <see cref="ToUpdate"/> after a commit, else 0.</summary>
    public int Updated => Committed ? ToUpdate : 0;

    /// <summary>Domains the import adds (only when asked to add missing domains).</summary>
    public IReadOnlyList<string> NewDomains { get; init; } = [];

    /// <summary>The first <see cref="ImportResult{TRow}.SampleSize"/> rows that add or change an entry.</summary>
    public IReadOnlyList<DirectoryPreview> Sample { get; init; } = [];

    public static DirectoryImportResult Failed(string fileError, int rowsRead = 0) => new() { FileError = fileError, RowsRead = rowsRead };
}

/// <summary>
/// The standard directory import (Admin only), in the sheet layout of 国办发〔2019〕54号. The import is
/// how the office keeps the directory current: a row whose 序号 is already recorded updates that
/// entry (fields and responsible units become what the row says; the audit trail records each
/// change), a new 序号 adds an entry, and entries the file does not name are left alone. All or
/// nothing, in one transaction; rows are checked again inside it on commit.
/// </summary>
public sealed class DirectoryImport(AppDbContext db, TabularFileReader reader, CurrentUser me, TimeProvider clock)
{
    public const string Kind = "directory";

    /// <summary>How far down a sheet the header row is looked for, past a title row or a two-row header.</summary>
    private const int HeaderSearchRows = 10;

    public Task<DirectoryImportResult> PreviewAsync(ImportUpload upload, bool addMissingDomains, CancellationToken cancellationToken = default) =>
        RunAsync(upload, addMissingDomains, commit: false, cancellationToken);

    public Task<DirectoryImportResult> CommitAsync(ImportUpload upload, bool addMissingDomains, CancellationToken cancellationToken = default) =>
        RunAsync(upload, addMissingDomains, commit: true, cancellationToken);

    private async Task<DirectoryImportResult> RunAsync(ImportUpload upload, bool addMissingDomains, bool commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!me.IsAdmin)
        {
            throw new InvalidOperationException("Only an Admin imports the directory.");
        }

        var read = await reader.ReadAsync(upload.OpenRead(), upload.FileName, fillMergedCells: true, cancellationToken);
        if (!read.IsSuccess)
        {
            return DirectoryImportResult.Failed(read.Error);
        }

        var (columns, dataRows) = FindHeader(read.File);
        if (!columns.IsValid)
        {
            return DirectoryImportResult.Failed(string.Join(" ", columns.Errors), dataRows.Count);
        }

        await using var transaction = commit ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var domains = await db.DisclosureDomains.AsNoTracking().Select(d => new { d.Id, d.Code, d.Name, d.SortOrder }).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new UnitReference(u.Id, u.Name, u.ShortName, u.IsActive)).ToListAsync(cancellationToken);
        var references = new DirectoryReferences(domains.Select(d => new DomainReference(d.Id, d.Code, d.Name)), units);

        var rows = dataRows.Select(r => DirectoryImportRow.From(columns, r.Row, r.Cells)).ToList();
        var parsed = DirectoryRowParser.ParseAll(rows, references, addMissingDomains);
        var errors = parsed.SelectMany(p => p.Errors).Select(ImportError.From).ToList();
        var valid = parsed.Where(p => p.IsValid).Select(p => p.Value!).ToList();

        var codes = valid.Select(v => v.Code).ToList();
        var recorded = db.DirectoryEntries.Include(e => e.ResponsibleUnits).Where(e => EF.Parameter(codes).Contains(e.Code));
        var existing = codes.Count == 0
            ? []
            : await (commit ? recorded : recorded.AsNoTracking()).ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken);

        var newDomains = valid.Where(v => v.Domain.IsNew).Select(v => v.Domain.Name).DistinctBy(TextKey.Of).ToList();
        var changes = new List<(ParsedDirectoryEntry Row, DirectoryEntry? Entry, DirectoryPreview Preview)>();
        var unchanged = 0;
        foreach (var row in valid)
        {
            var entry = existing.GetValueOrDefault(row.Code);
            var changed = entry is null ? [] : ChangedColumns(row, entry);
            if (entry is not null && changed.Count == 0)
            {
                unchanged++;
                continue;
            }

            var preview = new DirectoryPreview(
                row.Row, entry is null ? DirectoryChange.Add : DirectoryChange.Update, row.Code, row.Domain.Name, row.Domain.IsNew,
                row.Level1, row.Level2, row.TimeLimitText, row.TimeLimit, string.Join('、', row.Units.Select(u => u.Name)), changed);
            changes.Add((row, entry, preview));
        }

        var result = new DirectoryImportResult
        {
            RowsRead = dataRows.Count,
            ToAdd = changes.Count(c => c.Entry is null),
            ToUpdate = changes.Count(c => c.Entry is not null),
            Unchanged = unchanged,
            NewDomains = newDomains,
            Sample = [.. changes.Take(ImportResult<DirectoryPreview>.SampleSize).Select(c => c.Preview)],
            Errors = errors,
        };
        if (!commit || !result.IsValid)
        {
            return result;
        }

        // New domains take the next free two-digit codes and sort after the recorded ones.
        var takenCodes = domains.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var lastCode = domains.Select(d => int.TryParse(d.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        var sortOrder = domains.Select(d => d.SortOrder).DefaultIfEmpty(0).Max();
        var added = new Dictionary<string, DisclosureDomain>(StringComparer.Ordinal);
        foreach (var name in newDomains)
        {
            string code;
            do
            {
                code = (++lastCode).ToString("00", CultureInfo.InvariantCulture);
            }
            while (!takenCodes.Add(code));

            var domain = new DisclosureDomain { Code = code, Name = name, SortOrder = ++sortOrder };
            db.DisclosureDomains.Add(domain);
            added[TextKey.Of(name)] = domain;
        }

        foreach (var (row, recordedEntry, _) in changes)
        {
            var entry = recordedEntry ?? db.DirectoryEntries.Add(new DirectoryEntry { Code = row.Code, Level1 = "", Level2 = "" }).Entity;
            if (row.Domain.Id is { } domainId)
            {
                entry.DomainId = domainId;
            }
            else
            {
                entry.Domain = added[TextKey.Of(row.Domain.Name)];
            }

            Apply(row, entry);
        }

        db.ImportBatches.Add(new ImportBatch
        {
            Kind = Kind,
            FileName = upload.FileName,
            FileHash = upload.Sha256,
            ImportedBy = me.UserName,
            ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
            Added = result.ToAdd,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return result with { Committed = true };
    }

    /// <summary>
    /// The header row and the data rows under it: the first row when it names the columns, else
    /// the first of the next rows that does (a sheet often opens with its title, or heads 一级事项
    /// and 二级事项 with a merged 公开事项 above them).
    /// </summary>
    private static (ColumnMap<DirectoryColumn> Columns, IReadOnlyList<TabularRow> Rows) FindHeader(TabularFile file)
    {
        var columns = DirectoryColumns.Map(file.Headers);
        if (columns.IsValid)
        {
            return (columns, file.Rows);
        }

        for (var i = 0; i < Math.Min(HeaderSearchRows, file.Rows.Count); i++)
        {
            var candidate = DirectoryColumns.Map([.. file.Rows[i].Cells.Select(c => c.Text)]);
            if (candidate.IsValid)
            {
                return (candidate, [.. file.Rows.Skip(i + 1)]);
            }
        }

        return (columns, file.Rows);
    }

    /// <summary>The headers of the columns whose values differ from the recorded entry's.</summary>
    private static List<string> ChangedColumns(ParsedDirectoryEntry row, DirectoryEntry entry)
    {
        var target = new DirectoryEntry { Code = row.Code, Level1 = "", Level2 = "" };
        Apply(row, target);
        var changed = new List<DirectoryColumn>();
        void Compare(DirectoryColumn column, bool differs)
        {
            if (differs)
            {
                changed.Add(column);
            }
        }

        Compare(DirectoryColumn.Domain, row.Domain.Id != entry.DomainId);
        Compare(DirectoryColumn.Level1, target.Level1 != entry.Level1);
        Compare(DirectoryColumn.Level2, target.Level2 != entry.Level2);
        Compare(DirectoryColumn.Content, target.Content != entry.Content);
        Compare(DirectoryColumn.LegalBasis, target.LegalBasis != entry.LegalBasis);
        Compare(DirectoryColumn.TimeLimit, target.TimeLimitText != entry.TimeLimitText || target.Cycle != entry.Cycle
            || target.CycleDays != entry.CycleDays || target.CycleWorkingDays != entry.CycleWorkingDays);
        Compare(DirectoryColumn.Publisher, target.Publisher != entry.Publisher
            || !row.Units.Select(u => u.Id).ToHashSet().SetEquals(entry.ResponsibleUnits.Select(l => l.UnitId)));
        Compare(DirectoryColumn.Channels, target.Channels != entry.Channels);
        Compare(DirectoryColumn.Audience, target.Audience != entry.Audience);
        Compare(DirectoryColumn.Mode, target.Mode != entry.Mode);
        Compare(DirectoryColumn.Level, target.Level != entry.Level);
        return [.. changed.Select(DirectoryColumns.HeaderOf)];
    }

    /// <summary>Makes the entry say what the row says (its domain aside), responsible units included.</summary>
    private static void Apply(ParsedDirectoryEntry row, DirectoryEntry entry)
    {
        entry.Level1 = row.Level1;
        entry.Level2 = row.Level2;
        entry.Content = row.Content;
        entry.LegalBasis = row.LegalBasis;
        entry.TimeLimitText = row.TimeLimitText;
        entry.Cycle = row.TimeLimit.Cycle;
        // As the entry form stores them: days only for "within N days", and periodic cycles count working days.
        entry.CycleDays = row.TimeLimit.Cycle == DisclosureCycle.WithinDays ? row.TimeLimit.Days : null;
        entry.CycleWorkingDays = row.TimeLimit.Cycle != DisclosureCycle.WithinDays || row.TimeLimit.WorkingDays;
        entry.Publisher = row.Publisher;
        entry.Channels = row.Channels;
        entry.Audience = row.Audience;
        entry.Mode = row.Mode;
        entry.Level = row.Level;
        var unitIds = row.Units.Select(u => u.Id).ToHashSet();
        entry.ResponsibleUnits.RemoveAll(l => !unitIds.Contains(l.UnitId));
        foreach (var unitId in unitIds.Where(id => entry.ResponsibleUnits.All(l => l.UnitId != id)))
        {
            entry.ResponsibleUnits.Add(new DirectoryEntryUnit { UnitId = unitId });
        }
    }
}
