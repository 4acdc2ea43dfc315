using System.Text.Encodings.Web;
using System.Text.Json;

namespace HuangshigangDisclosure.Core.Bulletins;

/// <summary>The parts of a bulletin the office can edit.</summary>
public enum BulletinSection
{
    /// <summary>发文机关: the issuing office, above the title and again as the signature.</summary>
    Office,

    /// <summary>标题</summary>
    Title,

    /// <summary>主送机关</summary>
    Addressees,

    /// <summary>引言: the basis and "现将……通报如下".</summary>
    Preamble,

    /// <summary>一、总体情况</summary>
    Overview,

    /// <summary>二、存在问题</summary>
    Problems,

    /// <summary>三、下步工作要求 (the office writes it).</summary>
    Requirements,
}

/// <summary>
/// A bulletin's text per section. In a draft it holds placeholders ({{全区信息总数}}); in an issued
/// bulletin's snapshot they are rendered. Paragraphs are separated by line breaks.
/// </summary>
public sealed record BulletinText
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static BulletinText Empty { get; } = new();

    public string Office { get; init; } = "";

    public string Title { get; init; } = "";

    public string Addressees { get; init; } = "";

    public string Preamble { get; init; } = "";

    public string Overview { get; init; } = "";

    public string Problems { get; init; } = "";

    public string Requirements { get; init; } = "";

    /// <summary>The headings of the three numbered sections, as the seed writes them.</summary>
    public static IReadOnlyList<(BulletinSection Section, string Heading)> NumberedSections { get; } =
    [
        (BulletinSection.Overview, "一、总体情况"),
        (BulletinSection.Problems, "二、存在问题"),
        (BulletinSection.Requirements, "三、下步工作要求"),
    ];

    public string Get(BulletinSection section) => section switch
    {
        BulletinSection.Office => Office,
        BulletinSection.Title => Title,
        BulletinSection.Addressees => Addressees,
        BulletinSection.Preamble => Preamble,
        BulletinSection.Overview => Overview,
        BulletinSection.Problems => Problems,
        BulletinSection.Requirements => Requirements,
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>The same text with every section passed through <paramref name="map"/>.</summary>
    public BulletinText Map(Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new()
        {
            Office = map(Office),
            Title = map(Title),
            Addressees = map(Addressees),
            Preamble = map(Preamble),
            Overview = map(Overview),
            Problems = map(Problems),
            Requirements = map(Requirements),
        };
    }

    /// <summary>The same text with one section replaced.</summary>
    public BulletinText With(BulletinSection section, string text) => section switch
    {
        BulletinSection.Office => this with { Office = text },
        BulletinSection.Title => this with { Title = text },
        BulletinSection.Addressees => this with { Addressees = text },
        BulletinSection.Preamble => this with { Preamble = text },
        BulletinSection.Overview => this with { Overview = text },
        BulletinSection.Problems => this with { Problems = text },
        BulletinSection.Requirements => this with { Requirements = text },
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>Every section's text, one after the other (to find what the bulletin names).</summary>
    public string AllText() => string.Join('\n', Office, Title, Addressees, Preamble, Overview, Problems, Requirements);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BulletinText FromJson(string json) =>
        JsonSerializer.Deserialize<BulletinText>(json, Json) ?? throw new FormatException("The bulletin text is empty.");

    /// <summary>The non-empty paragraphs of a section's text.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        [.. (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0)];
}
