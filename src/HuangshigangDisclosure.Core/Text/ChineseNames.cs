namespace HuangshigangDisclosure.Core.Text;

/// <summary>
/// A fixed list of values with their Chinese names, as pages show them and import files spell them.
/// Parsing is tolerant: the Chinese name, a known alias or the English member name, in any case,
/// with stray spaces or full-width letters.
/// </summary>
public sealed class ChineseNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<TEnum, string> _names;
    private readonly Dictionary<string, TEnum> _byKey = new(StringComparer.Ordinal);

    public ChineseNames(IReadOnlyList<(TEnum Value, string Name)> names, IReadOnlyDictionary<string, TEnum>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = names.ToDictionary(n => n.Value, n => n.Name);
        var missing = Enum.GetValues<TEnum>().Where(v => !_names.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No Chinese name for {typeof(TEnum).Name}.{string.Join(", ", missing)}.", nameof(names));
        }

        foreach (var (value, name) in names)
        {
            _byKey[TextKey.Of(name)] = value;
            _byKey[TextKey.Of(value.ToString())] = value;
        }

        foreach (var (alias, value) in aliases ?? new Dictionary<string, TEnum>())
        {
            _byKey.TryAdd(TextKey.Of(alias), value);
        }

        All = names.Select(n => n.Value).ToList();
    }

    /// <summary>The values in their customary order (the order of the list given).</summary>
    public IReadOnlyList<TEnum> All { get; }

    /// <summary>The Chinese names in their customary order, joined with 、 for messages.</summary>
    public string ListText => string.Join('、', All.Select(NameOf));

    public string NameOf(TEnum value) => _names.TryGetValue(value, out var name) ? name : value.ToString();

    public bool TryParse(string? text, out TEnum value) => _byKey.TryGetValue(TextKey.Of(text), out value);
}
