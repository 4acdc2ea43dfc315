using System.Net;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests.Bulletins;

/// <summary>Editing with placeholders, who sees what, and the unit page's list of bulletins.</summary>
public class BulletinPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_office_edits_section_three_placeholders_render_and_a_mistyped_one_is_refused()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var id = await BulletinFlow.DraftAsync(admin, "2022Q2");
        var edit = await admin.GetPageAsync($"/Bulletins/Edit/{id}");
        Assert.Contains(edit.QuerySelectorAll("[data-testid=placeholders] code"), c => c.TextContent == "{{全区信息总数}}");

        var wrong = await admin.SubmitAsync($"/Bulletins/Edit/{id}", new Dictionary<string, string> { ["Input.Requirements"] = "（一）加快整改。全区共{{全区总数}}条。" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var page = await PortalClient.ParseAsync(wrong);
        Assert.Contains("{{全区总数}}", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("（一）加快整改。全区共{{全区总数}}条。", page.QuerySelector("textarea[name='Input.Requirements']")!.TextContent.Trim());

        var saved = await admin.SubmitAsync($"/Bulletins/Edit/{id}", new Dictionary<string, string> { ["Input.Requirements"] = "（一）加快整改。各街道（管理区）每季度更新不少于{{季度考核条数}}条。" });
        saved.IsRedirectTo($"/Bulletins/Details/{id}");
        var details = await admin.GetPageAsync($"/Bulletins/Details/{id}");
        Assert.Contains("各街道（管理区）每季度更新不少于12条。", details.QuerySelector("[data-testid=bulletin]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("（一）加快整改。", details.QuerySelectorAll("[data-testid=bulletin-part]")[2].QuerySelector(".bulletin-lead")!.TextContent);
    }

    [Fact]
    public async Task A_liaison_cannot_draft_or_issue_sees_only_issued_bulletins_and_finds_them_on_the_unit_page()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var draftId = await BulletinFlow.DraftAsync(admin, "2022Q3");

        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("shenjiaying");
        (await liaison.Http.GetAsync("/Bulletins/Create")).IsRedirectTo("/Account/AccessDenied");
        (await liaison.Http.GetAsync($"/Bulletins/Issue/{draftId}")).IsRedirectTo("/Account/AccessDenied");
        (await liaison.Http.GetAsync($"/Bulletins/Edit/{draftId}")).IsRedirectTo("/Account/AccessDenied");
        Assert.Equal(HttpStatusCode.NotFound, (await liaison.Http.GetAsync($"/Bulletins/Details/{draftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liaison.Http.GetAsync($"/Bulletins/Details/{draftId}?handler=Word")).StatusCode);
        var list = await liaison.GetPageAsync("/Bulletins/Index");
        Assert.Null(list.QuerySelector("[data-testid=bulletins-table]"));

        await BulletinFlow.IssueAsync(admin, draftId);

        list = await liaison.GetPageAsync("/Bulletins/Index");
        Assert.Single(list.QuerySelectorAll("[data-testid=bulletins-table] tbody tr"));
        var read = await liaison.GetPageAsync($"/Bulletins/Details/{draftId}");
        Assert.Contains("仅有沈家营街道达标", read.QuerySelector("[data-testid=bulletin]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(read.QuerySelector($"a[href='/Bulletins/Correct/{draftId}']"));
        Assert.NotEmpty(BulletinFlow.Paragraphs(await BulletinFlow.WordAsync(liaison, draftId)));
        var unitId = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "沈家营街道").Select(u => u.Id).SingleAsync());
        var unit = await liaison.GetPageAsync($"/Units/Details/{unitId}");
        Assert.Contains("黄石港区2022年第三季度政务公开工作情况通报", unit.QuerySelector("[data-testid=unit-bulletins]")!.TextContent, StringComparison.Ordinal);

        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.Http.GetAsync($"/Bulletins/Details/{draftId}")).StatusCode);
        (await leader.Http.GetAsync("/Bulletins/Create")).IsRedirectTo("/Account/AccessDenied");
    }
}
