using System.Net;
using System.Text.Json;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

public class UnitsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task An_admin_creates_a_unit_and_finds_it_in_the_list()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var created = await admin.SubmitAsync("/Units/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "区档案馆",
            ["Input.ShortName"] = "档案馆",
            ["Input.Kind"] = "Department",
            ["Input.SortOrder"] = "300",
        });
        created.IsRedirectTo("/Units/Details/");

        var list = await admin.GetPageAsync("/Units/Index?q=档案");
        var row = Assert.Single(list.QuerySelectorAll("[data-testid=units-table] tbody tr"));
        Assert.Contains("区档案馆", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("区直部门", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_name_is_refused_and_the_form_keeps_what_was_typed()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var response = await admin.SubmitAsync("/Units/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "区财政局",
            ["Input.ShortName"] = "新简称",
            ["Input.Kind"] = "Department",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("已有名为“区财政局”的单位", page.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("新简称", page.QuerySelector("#Input_ShortName")!.GetAttribute("value"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Units.CountAsync(u => u.Name == "区财政局")));
    }

    [Fact]
    public async Task An_empty_name_gets_a_chinese_message()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var response = await admin.SubmitAsync("/Units/Create", new Dictionary<string, string> { ["Input.Name"] = "", ["Input.ShortName"] = "空名" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("请填写“单位名称”。", page.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_edit_writes_its_audit_row_with_old_and_new_values()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var id = await UnitIdAsync("区审计局");

        var saved = await admin.SubmitAsync($"/Units/Edit/{id}", new Dictionary<string, string> { ["Input.ShortName"] = "审计" });
        saved.IsRedirectTo($"/Units/Details/{id}");

        var entry = await portal.WithDbAsync(db => db.AuditEntries
            .Where(e => e.EntityType == nameof(Unit) && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == AuditAction.Update)
            .OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("admin", entry.UserName);
        using var changes = JsonDocument.Parse(entry.Changes!);
        var shortName = changes.RootElement.GetProperty("ShortName");
        Assert.Equal("审计局", shortName.GetProperty("old").GetString());
        Assert.Equal("审计", shortName.GetProperty("new").GetString());
        Assert.False(changes.RootElement.TryGetProperty("Name", out _), "Only changed properties are recorded.");

        var auditPage = await admin.GetPageAsync("/Admin/Audit/Index?entityType=Unit&q=审计");
        Assert.Contains("审计局", auditPage.QuerySelector("[data-testid=audit-table]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_editor_gets_a_conflict_instead_of_overwriting()
    {
        using var first = portal.CreatePortalClient();
        await first.LogInOkAsync("admin");
        using var second = portal.CreatePortalClient();
        await second.LogInOkAsync("admin");
        var id = await UnitIdAsync("区商务局");
        var firstPage = await first.GetPageAsync($"/Units/Edit/{id}");
        var secondPage = await second.GetPageAsync($"/Units/Edit/{id}");

        (await first.SubmitAsync(firstPage, $"/Units/Edit/{id}", new Dictionary<string, string> { ["Input.SortOrder"] = "231" }))
            .IsRedirectTo($"/Units/Details/{id}");
        var conflict = await second.SubmitAsync(secondPage, $"/Units/Edit/{id}", new Dictionary<string, string> { ["Input.SortOrder"] = "232" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("该记录已被其他人修改", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(231, await portal.WithDbAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.SortOrder).SingleAsync()));
    }

    [Fact]
    public async Task A_handover_keeps_the_history_of_who_held_the_role()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var unitId = await UnitIdAsync("区民政局");
        var liaison = await portal.WithDbAsync(db => db.UnitPeople.SingleAsync(p => p.UnitId == unitId && p.Role == PersonRole.Liaison && p.EffectiveTo == null));

        var today = Core.Time.ChinaTime.Today(TimeProvider.System);
        var handedOver = await admin.SubmitAsync($"/Units/Replace/{liaison.Id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "柳青",
            ["Input.Phone"] = "0714-6221035",
            ["Input.Position"] = "办公室科员",
            ["Input.EffectiveFrom"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Note"] = "梅雪调任，已移交台账",
        });
        handedOver.IsRedirectTo($"/Units/Details/{unitId}");

        var page = await admin.GetPageAsync($"/Units/Details/{unitId}");
        Assert.Contains("柳青", page.QuerySelector("[data-testid=current-people]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("梅雪", page.QuerySelector("[data-testid=current-people]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("梅雪", page.QuerySelector("[data-testid=former-people]")!.TextContent, StringComparison.Ordinal);
        var handover = page.QuerySelector("[data-testid=handovers]")!.TextContent;
        Assert.Contains("梅雪", handover, StringComparison.Ordinal);
        Assert.Contains("柳青", handover, StringComparison.Ordinal);
        Assert.Contains("梅雪调任，已移交台账", handover, StringComparison.Ordinal);

        var people = await portal.WithDbAsync(db => db.UnitPeople.Where(p => p.UnitId == unitId && p.Role == PersonRole.Liaison).OrderBy(p => p.EffectiveFrom).ToListAsync());
        Assert.Equal(["梅雪", "柳青"], people.Select(p => p.Name));
        Assert.Equal(today.AddDays(-1), people[0].EffectiveTo);
    }

    [Fact]
    public async Task The_demo_street_shows_the_handover_of_its_trained_liaison()
    {
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");
        var page = await leader.GetPageAsync($"/Units/Details/{await UnitIdAsync("花湖街道")}");

        var handovers = page.QuerySelector("[data-testid=handovers]")!.TextContent;
        Assert.Contains("2022年9月15日", handovers, StringComparison.Ordinal);
        Assert.Contains("赵雪梅", handovers, StringComparison.Ordinal);
        Assert.Contains("高远", handovers, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href*='/Units/Replace']"));
    }
}
