using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Core.Text;
using HuangshigangDisclosure.Web.Resources;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// The fields a user records or edits on a publication (allow-list binding: status, recorder and
/// timestamps cannot be posted). <see cref="UnitId"/> is read for an Admin only: a liaison's unit is
/// always their own, whatever the request says.
/// </summary>
public sealed class PublicationForm
{
    [Display(Name = nameof(Strings.Publication_Unit))]
    public int? UnitId { get; set; }

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(Publication.TitleMaxLength, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.Publication_Title))]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [Display(Name = nameof(Strings.Publication_PublishedOn))]
    public DateOnly? PublishedOn { get; set; }

    [Display(Name = nameof(Strings.Publication_Channel))]
    public PublicationChannel Channel { get; set; } = PublicationChannels.Default;

    [Display(Name = nameof(Strings.Publication_Url))]
    public string? Url { get; set; }

    [Display(Name = nameof(Strings.Publication_Category))]
    public PublicationCategory Category { get; set; } = PublicationCategories.Default;

    [Display(Name = nameof(Strings.Publication_DirectoryEntry))]
    public int? DirectoryEntryId { get; set; }

    [Display(Name = nameof(Strings.Publication_NeedsInterpretation))]
    public bool NeedsInterpretation { get; set; }

    /// <summary>The title as stored: runs of white space (line breaks pasted from a page) become one space.</summary>
    public string NormalTitle => TextKey.Collapse(Title);

    /// <summary>
    /// The link as stored, in the form the duplicate rule compares (host in lower case, escaping
    /// made uniform), so a link typed twice in slightly different spellings is still one link.
    /// </summary>
    public string? NormalUrl => string.IsNullOrWhiteSpace(Url) ? null : PublicationDuplicates.UrlKey(Url);

    public static PublicationForm From(Publication publication) => new()
    {
        UnitId = publication.UnitId,
        Title = publication.Title,
        PublishedOn = publication.PublishedOn,
        Channel = publication.Channel,
        Url = publication.Url,
        Category = publication.Category,
        DirectoryEntryId = publication.DirectoryEntryId,
        NeedsInterpretation = publication.NeedsInterpretation,
    };

    public void ApplyTo(Publication publication, int unitId)
    {
        publication.UnitId = unitId;
        publication.Title = NormalTitle;
        publication.PublishedOn = PublishedOn!.Value;
        publication.Channel = Channel;
        publication.Url = NormalUrl;
        publication.Category = Category;
        publication.DirectoryEntryId = DirectoryEntryId;
        publication.NeedsInterpretation = NeedsInterpretation;
    }

    /// <summary>Only a page a reader can open counts as a link: no relative paths, no file: or javascript: links.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
