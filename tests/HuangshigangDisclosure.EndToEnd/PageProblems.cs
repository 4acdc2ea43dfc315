using Microsoft.Playwright;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>
/// Collects what a person would notice as broken on any page visited: console errors (a CSP violation,
/// a script error), uncaught script errors and failed requests (HTTP 400 and above).
/// </summary>
public static class PageProblems
{
    public static List<string> Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"script: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        return problems;
    }
}
