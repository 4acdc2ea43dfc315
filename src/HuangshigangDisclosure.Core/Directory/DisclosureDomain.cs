namespace HuangshigangDisclosure.Core.Directory;

/// <summary>公开领域: one of the district's disclosure domains (Huangshigang has 18).</summary>
public class DisclosureDomain
{
    public int Id { get; set; }

    /// <summary>Two-digit code used in entry codes, e.g. "05".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    public List<DirectoryEntry> Entries { get; set; } = [];
}
