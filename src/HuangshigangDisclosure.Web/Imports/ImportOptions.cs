using System.ComponentModel.DataAnnotations;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>Limits on uploaded import files (configuration section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Data rows per file, header not counted: a quarter of the whole district is far fewer.</summary>
    [Range(1, 1_000_000)]
    public int MaxDataRows { get; set; } = 50_000;

    [Range(1024, 512L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// The most an .xlsx may hold once unzipped. Real workbooks unzip to about ten times their size;
    /// far more is a zip bomb, refused before anything is decompressed.
    /// </summary>
    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxUncompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Where an uploaded file waits between preview and commit (relative to the content root).</summary>
    [Required]
    public string StagingFolder { get; set; } = "App_Data/imports";

    /// <summary>How long an uploaded file may wait for its commit before it is discarded.</summary>
    [Range(1, 24 * 7)]
    public int StagingHours { get; set; } = 24;
}
