using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>
/// <c>&lt;compact&gt;…&lt;/compact&gt;</c> renders its content without the indentation Razor copies from the
/// template: a browser shows a run of white space as one space either way, and a table of 500 units sheds a
/// quarter of its bytes. Only for markup without <c>pre</c> or <c>textarea</c>. Inside <c>&lt;cache&gt;</c> it runs
/// once per cached copy.
/// </summary>
[HtmlTargetElement("compact")]
public sealed partial class CompactTagHelper : TagHelper
{
    [GeneratedRegex(@"\n[ \t\r\n]+")]
    private static partial Regex Indentation();

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var content = (await output.GetChildContentAsync()).GetContent();
        output.Content.SetHtmlContent(Indentation().Replace(content, "\n"));
    }
}
