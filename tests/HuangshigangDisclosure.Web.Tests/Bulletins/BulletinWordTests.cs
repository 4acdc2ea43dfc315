using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HuangshigangDisclosure.Web.Tests.Infrastructure;

namespace HuangshigangDisclosure.Web.Tests.Bulletins;

/// <summary>The Word file of the demo quarter: the seed's figures, GB/T 9704 page setup and fonts.</summary>
public class BulletinWordTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<byte[]> DraftWordAsync()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var id = await BulletinFlow.DraftAsync(admin);
        return await BulletinFlow.WordAsync(admin, id);
    }

    [Fact]
    public async Task The_word_file_of_2022Q3_states_every_figure_of_the_seed()
    {
        var docx = await DraftWordAsync();
        var text = string.Join("\n", BulletinFlow.Paragraphs(docx));

        Assert.Contains("黄石港区2022年第三季度政务公开工作情况通报", text, StringComparison.Ordinal);
        Assert.Contains("黄石港区政务公开领导小组办公室", text, StringComparison.Ordinal);
        Assert.Contains("各街道（管理区）、区直各部门：", text, StringComparison.Ordinal);
        Assert.Contains("我区明确了18个基层政务公开领域", text, StringComparison.Ordinal);
        Assert.Contains("我区共主动公开信息条目1155条", text, StringComparison.Ordinal);
        Assert.Contains("区财政局主动公示信息35条，区民政局主动公示信息18条，区人社局主动公示信息16条", text, StringComparison.Ordinal);
        Assert.Contains("黄石港街道管理的8个政务新媒体账号目前已注销关停1个，并将持续注销关停5个", text, StringComparison.Ordinal);
        Assert.Contains("目前全区13个政务新媒体", text, StringComparison.Ordinal);
        Assert.Contains("每月需更新政府信息4条，每季度更新12条", text, StringComparison.Ordinal);
        Assert.Contains("平均条数为8条，更新条目数不足，其中：江北管理区更新8条，花湖街道更新7条，黄石港街道更新7条，沈家营街道更新12条，胜阳港街道更新8条，仅有沈家营街道达标。", text, StringComparison.Ordinal);
        Assert.Contains("经9月5日提醒后于9月6日起", text, StringComparison.Ordinal);
        var interpreted = System.Text.RegularExpressions.Regex.Match(text, "只有(区..局)、(区..局)、(区..局)提供部分文字解读材料");
        Assert.True(interpreted.Success, "the interpretation sentence names three units");
        Assert.Equal(new[] { "区发改局", "区司法局", "区民政局" }.Order(StringComparer.Ordinal), interpreted.Groups.Values.Skip(1).Select(g => g.Value).Order(StringComparer.Ordinal));
        Assert.Contains("花湖街道", text[text.IndexOf("二、存在问题", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "一、总体情况", "二、存在问题", "三、下步工作要求" })
        {
            Assert.Contains(heading, BulletinFlow.Paragraphs(docx));
        }
    }

    [Fact]
    public async Task The_streets_quota_table_is_a_real_word_table_with_the_average()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await DraftWordAsync()), false);
        var table = Assert.Single(word.MainDocumentPart!.Document!.Body!.Descendants<Table>());
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal(["单位", "7月", "8月", "9月", "第三季度合计", "是否达标"], rows[0]);
        Assert.Equal(
            ["江北管理区 8 未达标", "花湖街道 7 未达标", "黄石港街道 7 未达标", "沈家营街道 12 达标", "胜阳港街道 8 未达标"],
            rows.Skip(1).Take(5).Select(r => $"{r[0]} {r[4]} {r[5]}"));
        Assert.Equal(["平均", "8.4"], rows[^1].Where(c => c.Length > 0));
    }

    [Fact]
    public async Task The_page_is_a4_with_the_standards_margins_grid_and_page_numbers()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await DraftWordAsync()), false);
        var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var grid = section.GetFirstChild<DocGrid>()!;

        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        // 37, 35, 28 and 26 mm in twips (1 mm = 56.7 twips).
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal(DocGridValues.LinesAndChars, grid.Type!.Value);
        // 22 lines: 12756 twips of text height ÷ 22.
        Assert.Equal(579, grid.LinePitch!.Value);
        Assert.True(grid.CharacterSpace!.Value < 0, "28 characters a line: each a little narrower than 16 pt");
        var footers = word.MainDocumentPart.FooterParts.Select(f => f.Footer!).ToList();
        Assert.Equal(2, footers.Count);
        Assert.All(footers, f =>
        {
            Assert.Contains(f.Descendants<FieldCode>(), c => c.Text.Trim() == "PAGE");
            Assert.StartsWith("— ", f.InnerText, StringComparison.Ordinal);
            Assert.EndsWith(" —", f.InnerText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_title_body_and_headings_use_the_official_fonts_and_sizes()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await DraftWordAsync()), false);
        var runs = word.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        (string? Font, string? Size) Style(Func<Run, bool> which)
        {
            var run = runs.First(which);
            return (run.RunProperties?.RunFonts?.EastAsia?.Value, run.RunProperties?.FontSize?.Val?.Value);
        }

        Assert.Equal(("方正小标宋简体", "44"), Style(r => r.InnerText == "黄石港区2022年第三季度政务公开工作情况通报"));
        Assert.Equal(("黑体", "32"), Style(r => r.InnerText == "一、总体情况"));
        Assert.Equal(("楷体_GB2312", "32"), Style(r => r.InnerText == "（一）基层政务公开进一步规范。"));
        Assert.Equal(("仿宋_GB2312", "32"), Style(r => r.InnerText.StartsWith("根据《省人民政府办公厅", StringComparison.Ordinal)));
        var body = word.MainDocumentPart.Document.Body.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("根据《", StringComparison.Ordinal));
        Assert.Equal(LineSpacingRuleValues.Exact, body.ParagraphProperties!.SpacingBetweenLines!.LineRule!.Value);
        Assert.Equal("579", body.ParagraphProperties.SpacingBetweenLines.Line!.Value);
    }
}
