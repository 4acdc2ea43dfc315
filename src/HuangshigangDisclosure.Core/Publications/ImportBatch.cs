namespace HuangshigangDisclosure.Core.Publications;

/// <summary>One committed import: which file, by whom, and what it added.</summary>
public class ImportBatch
{
    public long Id { get; set; }

    /// <summary>"publications", "units" or "directory".</summary>
    public required string Kind { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file, hex.</summary>
    public required string FileHash { get; set; }

    /// <summary>The liaison's unit when a liaison imported; null for an Admin's district-wide import.</summary>
    public int? UnitId { get; set; }

    public required string ImportedBy { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public int Added { get; set; }

    public int Duplicates { get; set; }
}
