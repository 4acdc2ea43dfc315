using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HuangshigangDisclosure.Web.Tests.Infrastructure;

/// <summary>
/// Drives the portal as a browser would, without JavaScript: reads real HTML, fills in and posts
/// the page's own forms (so the antiforgery token round-trips), and follows redirects on demand.
/// </summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    public const string DemoPassword = "Hsg@2022demo";

    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Posts the form found by <paramref name="formSelector"/> on <paramref name="url"/>, with <paramref name="fields"/> changed.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IDictionary<string, string> fields, string formSelector = "main form[method=post]")
    {
        var page = await GetPageAsync(url);
        return await SubmitAsync(page, url, fields, formSelector);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string url, IDictionary<string, string> fields, string formSelector = "main form[method=post]")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box when !string.IsNullOrEmpty(box.Name):
                    if (!fields.ContainsKey(box.Name) && box.IsChecked)
                    {
                        values.Add(new(box.Name, box.Value));
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "button" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !fields.ContainsKey(input.Name):
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !fields.ContainsKey(select.Name):
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !fields.ContainsKey(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }

        values.AddRange(fields.Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The antiforgery token of any page (tokens are per user, not per form).</summary>
    public async Task<string> AntiforgeryTokenAsync(string url = "/")
    {
        var page = await GetPageAsync(url);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
    }

    public async Task<HttpResponseMessage> LogInAsync(string userName, string password = DemoPassword)
    {
        var response = await SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return response;
    }

    /// <summary>Logs in and expects to land on the home page.</summary>
    public async Task LogInOkAsync(string userName, string password = DemoPassword)
    {
        var response = await LogInAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    public void Dispose() => http.Dispose();
}

public static class ResponseAssertions
{
    public static void IsRedirectTo(this HttpResponseMessage response, string pathStart)
    {
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found))
        {
            // Show what the page said (its validation messages) instead of only the status.
            var page = PortalClient.ParseAsync(response).GetAwaiter().GetResult();
            var messages = string.Join(" | ", page.QuerySelectorAll(".text-danger, .validation-summary-errors, h1").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            Assert.Fail($"Expected a redirect to {pathStart}, got {(int)response.StatusCode}: {messages}");
        }

        Assert.StartsWith(pathStart, response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    /// <summary>The path and query of a Location header, whether it is absolute or relative.</summary>
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
