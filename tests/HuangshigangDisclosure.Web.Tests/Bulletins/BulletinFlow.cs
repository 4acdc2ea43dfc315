using System.Net;
using DocumentFormat.OpenXml.Packaging;
using HuangshigangDisclosure.Web.Tests.Infrastructure;

namespace HuangshigangDisclosure.Web.Tests.Bulletins;

/// <summary>What the bulletin tests do through the pages: draft, issue, download.</summary>
internal static class BulletinFlow
{
    /// <summary>Drafts the quarter as the logged-in admin and returns the draft's id.</summary>
    public static async Task<int> DraftAsync(PortalClient admin, string quarter = "2022Q3")
    {
        var response = await admin.SubmitAsync("/Bulletins/Create", new Dictionary<string, string> { ["Quarter"] = quarter });
        response.IsRedirectTo("/Bulletins/Edit/");
        return int.Parse(response.Headers.Location!.PathAndQuery()["/Bulletins/Edit/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task IssueAsync(PortalClient admin, int id)
    {
        var response = await admin.SubmitAsync($"/Bulletins/Issue/{id}", new Dictionary<string, string> { ["Confirmed"] = "true" });
        response.IsRedirectTo($"/Bulletins/Details/{id}");
    }

    public static async Task<byte[]> WordAsync(PortalClient client, int id)
    {
        var response = await client.Http.GetAsync($"/Bulletins/Details/{id}?handler=Word");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The text of the Word file's body, paragraph by paragraph (table cells too).</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)];
    }
}
