using System.ComponentModel.DataAnnotations;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>Limits of the publication list's export (configuration section <c>Export</c>).</summary>
public sealed class PublicationExportOptions
{
    public const string Section = "Export";

    /// <summary>
    /// Rows an .xlsx may hold: a workbook is built in memory, and Excel itself stops at 1,048,576 rows. Larger
    /// lists go to CSV, which is streamed whatever its size.
    /// </summary>
    [Range(1, 1_048_575)]
    public int ExcelMaxRows { get; set; } = 100_000;
}
