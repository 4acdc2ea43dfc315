using System.Globalization;
using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Publications.Imports;

/// <summary>
/// Checks one row of a publication import file (design §4) and reports every problem in it, in
/// Chinese, so that a user can fix the whole file in one go (the import is all-or-nothing).
/// </summary>
public static class PublicationRowParser
{
    // The lengths the database keeps: a longer value would pass here and fail the commit.
    public const int MaxTitleLength = Publication.TitleMaxLength;
    public const int MaxDirectoryCodeLength = 50;
    public const int MaxUrlLength = Publication.UrlMaxLength;

    /// <summary>No earlier date is plausible for a record kept by this office.</summary>
    public static DateOnly EarliestDate { get; } = new(2000, 1, 1);

    private static readonly HashSet<string> Yes = new(["是", "y", "yes", "true", "1"], StringComparer.Ordinal);
    private static readonly HashSet<string> No = new(["否", "n", "no", "false", "0"], StringComparer.Ordinal);

    /// <param name="today">Today's date in China (<c>ChinaTime.Today</c>): no publication can be dated later.</param>
    public static RowResult<ParsedPublication> Parse(PublicationImportRow row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<RowError>();
        void Fail(PublicationColumn column, string message) => errors.Add(new(row.Row, ImportHeaders.HeaderOf(column), message));

        var unit = TextKey.Collapse(row.Unit);
        if (unit.Length == 0)
        {
            Fail(PublicationColumn.Unit, "单位不能为空。");
        }

        var title = TextKey.Collapse(row.Title);
        if (title.Length == 0)
        {
            Fail(PublicationColumn.Title, "标题不能为空。");
        }
        else if (title.Length > MaxTitleLength)
        {
            Fail(PublicationColumn.Title, Invariant($"标题不能超过 {MaxTitleLength} 个字（现为 {title.Length} 个字）。"));
        }

        var publishedOn = default(DateOnly);
        if (row.PublishedOn.IsBlank)
        {
            Fail(PublicationColumn.PublishedOn, "发布日期不能为空。");
        }
        else if (!ImportDate.TryParse(row.PublishedOn, out publishedOn))
        {
            Fail(PublicationColumn.PublishedOn, $"发布日期“{row.PublishedOn.Text.Trim()}”无法识别，请写成 {ImportDate.AcceptedForms}。");
        }
        else if (publishedOn < EarliestDate)
        {
            Fail(PublicationColumn.PublishedOn, $"发布日期 {Iso(publishedOn)} 早于 {Iso(EarliestDate)}，请核对。");
        }
        else if (publishedOn > today)
        {
            Fail(PublicationColumn.PublishedOn, $"发布日期 {Iso(publishedOn)} 晚于今天（{Iso(today)}），请核对。");
        }

        var channel = PublicationChannels.Default;
        if (!string.IsNullOrWhiteSpace(row.Channel) && !PublicationChannels.Names.TryParse(row.Channel, out channel))
        {
            Fail(PublicationColumn.Channel, $"发布渠道“{row.Channel.Trim()}”不在可选范围内（可选：{PublicationChannels.Names.ListText}）。");
        }

        var url = string.IsNullOrWhiteSpace(row.Url) ? null : row.Url.Trim();
        if (url is not null && url.Length > MaxUrlLength)
        {
            Fail(PublicationColumn.Url, Invariant($"链接不能超过 {MaxUrlLength} 个字符。"));
        }
        else if (url is not null && !IsWebAddress(url))
        {
            Fail(PublicationColumn.Url, $"链接“{url}”不是有效的网址，须是以 http:// 或 https:// 开头的完整地址。");
        }

        var category = PublicationCategories.Default;
        if (!string.IsNullOrWhiteSpace(row.Category) && !PublicationCategories.Names.TryParse(row.Category, out category))
        {
            Fail(PublicationColumn.Category, $"信息类别“{row.Category.Trim()}”不在可选范围内（可选：{PublicationCategories.Names.ListText}）。");
        }

        var directoryCode = string.IsNullOrWhiteSpace(row.DirectoryCode) ? null : row.DirectoryCode.Trim();
        if (directoryCode?.Length > MaxDirectoryCodeLength)
        {
            Fail(PublicationColumn.DirectoryCode, Invariant($"目录编码不能超过 {MaxDirectoryCodeLength} 个字符。"));
        }

        var needsInterpretation = false;
        var flag = TextKey.Of(row.NeedsInterpretation);
        if (Yes.Contains(flag))
        {
            needsInterpretation = true;
        }
        else if (flag.Length > 0 && !No.Contains(flag))
        {
            Fail(PublicationColumn.NeedsInterpretation, $"需解读“{row.NeedsInterpretation!.Trim()}”无法识别，请填写“是”或“否”。");
        }

        return errors.Count > 0
            ? new(row.Row, null, errors)
            : new(row.Row, new ParsedPublication(row.Row, unit, title, publishedOn, channel, url, category, directoryCode, needsInterpretation), []);
    }

    // Only a page a reader can open counts as a link: no relative paths, no file: or javascript: links.
    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
