using System.Globalization;
using HuangshigangDisclosure.Core.Scoring;

namespace HuangshigangDisclosure.Core.Bulletins;

public enum BulletinStatus
{
    /// <summary>草稿: the office edits it; the figures in its text follow the data.</summary>
    Draft,

    /// <summary>已印发: frozen; only a correction (a new version) can change what it says.</summary>
    Issued,
}

/// <summary>
/// 情况通报: the office's quarterly bulletin to every unit. A draft keeps the office's text per section, with
/// placeholders such as {{全区信息总数}} that render from the current figures (<see cref="BulletinPlaceholders"/>);
/// issuing freezes a numbered snapshot (the rendered text and the figures), so later data changes never alter
/// it. A correction is a new version that points at the version it corrects and is issued under the same number.
/// </summary>
public class Bulletin
{
    public int Id { get; set; }

    public Quarter Quarter { get; set; }

    public BulletinStatus Status { get; set; }

    /// <summary>1 for the first issue of a quarter, 2 for its first correction, and so on.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>The version this one corrects (更正); null for a first version.</summary>
    public int? CorrectsId { get; set; }

    public Bulletin? Corrects { get; set; }

    /// <summary>Why the correction was made, as the office wrote it.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>期号 within <see cref="Quarter"/>'s year: 2022年第3期; set on issue.</summary>
    public int? Number { get; set; }

    // The sections are plain columns (not one value object) so the audit log records each edit, old and new.
    public string Office { get; set; } = "";

    public string Title { get; set; } = "";

    public string Addressees { get; set; } = "";

    public string Preamble { get; set; } = "";

    public string Overview { get; set; } = "";

    public string Problems { get; set; } = "";

    public string Requirements { get; set; } = "";

    /// <summary>The office's text with placeholders, per section.</summary>
    public BulletinText Text
    {
        get => new()
        {
            Office = Office,
            Title = Title,
            Addressees = Addressees,
            Preamble = Preamble,
            Overview = Overview,
            Problems = Problems,
            Requirements = Requirements,
        };
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            (Office, Title, Addressees, Preamble, Overview, Problems, Requirements) =
                (value.Office, value.Title, value.Addressees, value.Preamble, value.Overview, value.Problems, value.Requirements);
        }
    }

    /// <summary>The date under the signature; set on issue (a draft shows today).</summary>
    public DateOnly? IssuedOn { get; set; }

    public DateTime? IssuedAtUtc { get; set; }

    public string? IssuedBy { get; set; }

    /// <summary>The frozen text, placeholders rendered (JSON of <see cref="BulletinText"/>); null while a draft.</summary>
    public string? IssuedText { get; set; }

    /// <summary>The frozen figures (JSON of <see cref="BulletinFacts"/>); null while a draft.</summary>
    public string? IssuedFacts { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The units the issued text names, so each unit's page lists the bulletins about it.</summary>
    public List<BulletinMention> Mentions { get; set; } = [];

    public bool IsIssued => Status == BulletinStatus.Issued;

    /// <summary>2022年第3期; null before issue.</summary>
    public string? NumberLabel => Number is { } n ? NumberLabelOf(Quarter.Year, n) : null;

    public static string NumberLabelOf(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"{year}年第{number}期");

    /// <summary>A first draft for a quarter.</summary>
    public static Bulletin Draft(Quarter quarter, BulletinText text, DateTime nowUtc, string? by) => new()
    {
        Quarter = quarter,
        Status = BulletinStatus.Draft,
        Text = text,
        CreatedAtUtc = nowUtc,
        CreatedBy = by,
    };

    /// <summary>
    /// Freezes the bulletin: <paramref name="rendered"/> is its text with every placeholder rendered from
    /// <paramref name="facts"/>, both stored as they are now; <paramref name="namedUnitIds"/> the units it names.
    /// </summary>
    public void Issue(int number, DateOnly issuedOn, DateTime nowUtc, string? by, BulletinText rendered, BulletinFacts facts, IEnumerable<int> namedUnitIds)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(namedUnitIds);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (IsIssued)
        {
            throw new InvalidOperationException("An issued bulletin cannot be issued again; correct it instead.");
        }

        Status = BulletinStatus.Issued;
        Number = number;
        IssuedOn = issuedOn;
        IssuedAtUtc = nowUtc;
        IssuedBy = by;
        IssuedText = rendered.ToJson();
        IssuedFacts = facts.ToJson();
        Mentions = [.. namedUnitIds.Distinct().Select(id => new BulletinMention { UnitId = id })];
    }

    /// <summary>
    /// A correction (更正): a new draft of the same quarter and number that starts from this version's text
    /// (its placeholders follow the data again until the correction is issued).
    /// </summary>
    public Bulletin Correct(string reason, DateTime nowUtc, string? by)
    {
        if (!IsIssued)
        {
            throw new InvalidOperationException("Only an issued bulletin can be corrected; edit the draft instead.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new()
        {
            Quarter = Quarter,
            Status = BulletinStatus.Draft,
            Revision = Revision + 1,
            CorrectsId = Id,
            CorrectionReason = reason.Trim(),
            Number = Number,
            Text = Text,
            CreatedAtUtc = nowUtc,
            CreatedBy = by,
        };
    }

    /// <summary>The frozen text of an issued bulletin.</summary>
    public BulletinText FrozenText() => IssuedText is { } json ? BulletinText.FromJson(json) : throw new InvalidOperationException("The bulletin is not issued.");

    /// <summary>The frozen figures of an issued bulletin.</summary>
    public BulletinFacts FrozenFacts() => IssuedFacts is { } json ? BulletinFacts.FromJson(json) : throw new InvalidOperationException("The bulletin is not issued.");
}

/// <summary>A unit named by an issued bulletin.</summary>
public class BulletinMention
{
    public int BulletinId { get; set; }

    public int UnitId { get; set; }
}
