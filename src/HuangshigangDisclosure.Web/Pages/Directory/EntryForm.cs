using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Directory;

/// <summary>The fields an Admin edits on a directory entry (allow-list binding: nothing else can be posted).</summary>
public sealed class EntryForm
{
    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(50, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Code))]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [Display(Name = nameof(Strings.DirectoryEntry_Domain))]
    public int? DomainId { get; set; }

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(200, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Level1))]
    public string Level1 { get; set; } = "";

    [StringLength(200, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Level2))]
    public string? Level2 { get; set; }

    [StringLength(4000, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Content))]
    public string? Content { get; set; }

    [StringLength(4000, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_LegalBasis))]
    public string? LegalBasis { get; set; }

    [StringLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_TimeLimitText))]
    public string? TimeLimitText { get; set; }

    [Display(Name = nameof(Strings.DirectoryEntry_Cycle))]
    public DisclosureCycle Cycle { get; set; } = DisclosureCycle.WithinDays;

    /// <summary>条例 Art. 26: within 20 working days of formation or change, unless a law says otherwise.</summary>
    public const int DefaultDays = 20;

    [Range(1, 366, ErrorMessage = nameof(Strings.Validation_Range))]
    [Display(Name = nameof(Strings.DirectoryEntry_CycleDays))]
    public int? CycleDays { get; set; } = DefaultDays;

    [Display(Name = nameof(Strings.DirectoryEntry_CycleWorkingDays))]
    public bool CycleWorkingDays { get; set; } = true;

    [StringLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Publisher))]
    public string? Publisher { get; set; }

    [StringLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Channels))]
    public string? Channels { get; set; }

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(50, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Audience))]
    public string Audience { get; set; } = DirectoryEntry.Audiences[0];

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(50, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Mode))]
    public string Mode { get; set; } = DirectoryEntry.Modes[0];

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(50, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.DirectoryEntry_Level))]
    public string Level { get; set; } = DirectoryEntry.Levels[0];

    [Display(Name = nameof(Strings.DirectoryEntry_ResponsibleUnits))]
    public List<int> UnitIds { get; set; } = [];

    public static EntryForm From(DirectoryEntry entry) => new()
    {
        Code = entry.Code,
        DomainId = entry.DomainId,
        Level1 = entry.Level1,
        Level2 = entry.Level2,
        Content = entry.Content,
        LegalBasis = entry.LegalBasis,
        TimeLimitText = entry.TimeLimitText,
        Cycle = entry.Cycle,
        // A periodic entry offers the usual limit in case the editor switches it to "within N days".
        CycleDays = entry.Cycle == DisclosureCycle.WithinDays ? entry.CycleDays : DefaultDays,
        CycleWorkingDays = entry.CycleWorkingDays,
        Publisher = entry.Publisher,
        Channels = entry.Channels,
        Audience = entry.Audience,
        Mode = entry.Mode,
        Level = entry.Level,
        UnitIds = entry.ResponsibleUnits.Select(l => l.UnitId).ToList(),
    };

    /// <summary>Copies the fields and makes the entry's responsible units exactly <paramref name="unitIds"/>.</summary>
    public void ApplyTo(DirectoryEntry entry, IReadOnlyCollection<int> unitIds)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.Code = Code.Trim();
        entry.DomainId = DomainId!.Value;
        entry.Level1 = Level1.Trim();
        entry.Level2 = (Level2 ?? "").Trim();
        entry.Content = (Content ?? "").Trim();
        entry.LegalBasis = (LegalBasis ?? "").Trim();
        entry.TimeLimitText = (TimeLimitText ?? "").Trim();
        entry.Cycle = Cycle;
        // Days mean something only for "within N days"; a periodic entry keeps none.
        entry.CycleDays = Cycle == DisclosureCycle.WithinDays ? CycleDays : null;
        entry.CycleWorkingDays = Cycle != DisclosureCycle.WithinDays || CycleWorkingDays;
        entry.Publisher = (Publisher ?? "").Trim();
        entry.Channels = (Channels ?? "").Trim();
        entry.Audience = Audience.Trim();
        entry.Mode = Mode.Trim();
        entry.Level = Level.Trim();
        entry.ResponsibleUnits.RemoveAll(l => !unitIds.Contains(l.UnitId));
        foreach (var unitId in unitIds.Where(id => entry.ResponsibleUnits.All(l => l.UnitId != id)))
        {
            entry.ResponsibleUnits.Add(new DirectoryEntryUnit { UnitId = unitId });
        }
    }

    /// <summary>
    /// The rules data annotations cannot state: days for "within N days", a known domain, a free code,
    /// and at least one responsible unit among those offered. Returns the chosen unit ids when valid.
    /// </summary>
    public async Task<IReadOnlyCollection<int>?> ValidateAsync(
        AppDbContext db, EntryOptions options, int? exceptId, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(modelState);
        if (Cycle == DisclosureCycle.WithinDays && CycleDays is null
            && modelState.GetFieldValidationState("Input.CycleDays") != ModelValidationState.Invalid)
        {
            modelState.AddModelError("Input.CycleDays", localizer[nameof(Strings.Directory_DaysRequired)]);
        }

        if (DomainId is { } domainId && options.Domains.All(d => d.Id != domainId))
        {
            modelState.AddModelError("Input.DomainId", localizer[nameof(Strings.Validation_Required), localizer[nameof(Strings.DirectoryEntry_Domain)]]);
        }

        var code = (Code ?? "").Trim();
        if (code.Length > 0 && await db.DirectoryEntries.AnyAsync(e => e.Code == code && e.Id != exceptId))
        {
            modelState.AddModelError("Input.Code", localizer[nameof(Strings.Directory_CodeTaken), code]);
        }

        var unitIds = options.Units.Select(u => u.Id).Intersect(UnitIds).ToList();
        if (unitIds.Count == 0)
        {
            modelState.AddModelError("Input.UnitIds", localizer[nameof(Strings.Directory_UnitsRequired)]);
        }

        return modelState.IsValid ? unitIds : null;
    }
}

/// <summary>What the entry form offers: the domains, and the active units plus any inactive unit the entry still names.</summary>
public sealed record EntryOptions(IReadOnlyList<EntryOptions.DomainChoice> Domains, IReadOnlyList<EntryOptions.UnitChoice> Units)
{
    public static async Task<EntryOptions> LoadAsync(AppDbContext db, int? entryId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var domains = await db.DisclosureDomains.AsNoTracking()
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
            .Select(d => new DomainChoice(d.Id, d.Code, d.Name))
            .ToListAsync();
        var units = await db.Units.AsNoTracking()
            .Where(u => u.IsActive || db.DirectoryEntryUnits.Any(l => l.DirectoryEntryId == entryId && l.UnitId == u.Id))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitChoice(u.Id, u.Name, u.IsActive))
            .ToListAsync();
        return new EntryOptions(domains, units);
    }

    /// <summary>The customary values plus the current one when an import spelled it otherwise.</summary>
    public static IEnumerable<string> WithCurrent(IReadOnlyList<string> values, string? current) =>
        string.IsNullOrWhiteSpace(current) || values.Contains(current) ? values : values.Append(current);

    public sealed record DomainChoice(int Id, string Code, string Name);

    public sealed record UnitChoice(int Id, string Name, bool IsActive);
}

/// <summary>A page that shows the entry form (create or edit).</summary>
public interface IEntryFormPage
{
    EntryForm Input { get; }

    EntryOptions Options { get; }
}
