using Microsoft.Playwright;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>
/// Console errors (a CSP violation, a script error) and failed requests on any page a test visits,
/// collected so the test can assert there were none.
/// </summary>
public static class PageProblems
{
    public static List<string> Watch(IPage page)
    {
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
