using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests.Bulletins;

/// <summary>An issued bulletin is a frozen snapshot: later data changes reach drafts, never what was issued.</summary>
public class BulletinSnapshotTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Text(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("[data-testid=bulletin]")!.TextContent;

    [Fact]
    public async Task An_issued_bulletin_keeps_its_figures_after_a_publication_is_withdrawn_and_a_correction_shows_the_new_ones()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var id = await BulletinFlow.DraftAsync(admin);
        await BulletinFlow.IssueAsync(admin, id);
        var issued = await admin.GetPageAsync($"/Bulletins/Details/{id}");
        Assert.Equal("2022年第3期", issued.QuerySelector("[data-testid=bulletin-number]")!.TextContent);

        // 沈家营街道 withdraws one of its Q3 items: 12 → 11, the district 1155 → 1154, no street meets the quota.
        await portal.WithDbAsync(async db =>
        {
            var unitId = await db.Units.Where(u => u.Name == "沈家营街道").Select(u => u.Id).SingleAsync();
            var q3 = Quarter.Parse("2022Q3");
            var item = await db.Publications
                .Where(p => p.UnitId == unitId && p.Status == PublicationStatus.Published && p.Channel == PublicationChannel.DisclosurePlatform && p.PublishedOn >= q3.Start && p.PublishedOn <= q3.End)
                .OrderBy(p => p.Id).FirstAsync();
            item.Withdraw("错发", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var after = Text(await admin.GetPageAsync($"/Bulletins/Details/{id}"));
        Assert.Contains("沈家营街道更新12条", after, StringComparison.Ordinal);
        Assert.Contains("我区共主动公开信息条目1155条", after, StringComparison.Ordinal);
        Assert.Contains("仅有沈家营街道达标", after, StringComparison.Ordinal);
        var word = string.Join("\n", BulletinFlow.Paragraphs(await BulletinFlow.WordAsync(admin, id)));
        Assert.Contains("沈家营街道更新12条", word, StringComparison.Ordinal);
        Assert.Contains("1155条", word, StringComparison.Ordinal);

        // The quarter is issued: a new draft is a correction, linked to version 1, and it follows the data again.
        var refused = await admin.SubmitAsync("/Bulletins/Create", new Dictionary<string, string> { ["Quarter"] = "2022Q3" });
        Assert.Contains("已印发", (await PortalClient.ParseAsync(refused)).QuerySelector(".validation-summary-errors, .text-danger")!.TextContent, StringComparison.Ordinal);
        var correct = await admin.SubmitAsync($"/Bulletins/Correct/{id}", new Dictionary<string, string> { ["Reason"] = "沈家营街道撤回一条错发信息" });
        correct.IsRedirectTo("/Bulletins/Edit/");
        var correctionId = await portal.WithDbAsync(db => db.Bulletins.Where(b => b.CorrectsId == id).Select(b => b.Id).SingleAsync());
        var draft = Text(await admin.GetPageAsync($"/Bulletins/Details/{correctionId}"));
        Assert.Contains("沈家营街道更新11条", draft, StringComparison.Ordinal);
        Assert.Contains("我区共主动公开信息条目1154条", draft, StringComparison.Ordinal);
        Assert.Contains("均未达标", draft, StringComparison.Ordinal);
        Assert.Contains("更正：沈家营街道撤回一条错发信息", draft, StringComparison.Ordinal);

        await BulletinFlow.IssueAsync(admin, correctionId);
        var versions = await portal.WithDbAsync(db => db.Bulletins.AsNoTracking().Where(b => b.Quarter == Quarter.Parse("2022Q3")).OrderBy(b => b.Revision).ToListAsync());
        Assert.Equal([(1, 3, BulletinStatus.Issued), (2, 3, BulletinStatus.Issued)], versions.Select(b => (b.Revision, b.Number!.Value, b.Status)));
        Assert.Equal(1155, versions[0].FrozenFacts().DistrictTotal);
        Assert.Equal(1154, versions[1].FrozenFacts().DistrictTotal);
        var first = await admin.GetPageAsync($"/Bulletins/Details/{id}");
        Assert.Contains("已被更正", first.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, first.QuerySelectorAll("[data-testid=history] tbody tr").Length);
    }
}
