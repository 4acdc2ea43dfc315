using System.Globalization;
using System.Net;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

public class RemindersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private Task<int> DemoReminderIdAsync() =>
        portal.WithDbAsync(db => db.Reminders.Where(r => r.SentOn == new DateOnly(2022, 9, 5)).Select(r => r.Id).SingleAsync());

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<int> SendAsync(PortalClient admin, string text, IDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(fields) { ["Input.Text"] = text, ["Input.SentOn"] = "2022-09-20" };
        var response = await admin.SubmitAsync("/Admin/Reminders/Create", all);
        response.IsRedirectTo("/Admin/Reminders/Details/");
        return await portal.WithDbAsync(db => db.Reminders.Where(r => r.Text == text).Select(r => r.Id).SingleAsync());
    }

    [Fact]
    public async Task The_shortcut_for_all_streets_addresses_the_four_streets_and_the_zone()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var id = await SendAsync(admin, "请于9月底前补齐本季度信息（街道）", new Dictionary<string, string> { ["Input.AllStreets"] = "true" });

        var units = await portal.WithDbAsync(db => db.ReminderRecipients.Where(r => r.ReminderId == id).Select(r => r.UnitId).ToListAsync());
        var expected = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "江北管理区" || u.Name.EndsWith("街道")).Select(u => u.Id).ToListAsync());
        Assert.Equal(expected.Order(), units.Order());
        Assert.Equal(5, units.Count);
    }

    [Fact]
    public async Task Ticked_units_and_the_departments_shortcut_add_up_without_duplicates()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var huahu = await UnitIdAsync("花湖街道");
        var finance = await UnitIdAsync("区财政局");
        var page = await admin.GetPageAsync("/Admin/Reminders/Create");
        Assert.Equal(DateOnly.FromDateTime(portal.Clock.GetUtcNow().AddHours(8).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.QuerySelector("#Input_SentOn")!.GetAttribute("value"));

        var form = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Input.Text", "请报送政策解读材料"),
            new("Input.SentOn", "2022-09-21"),
            new("Input.DueOn", "2022-09-30"),
            new("Input.UnitIds", Id(huahu)),
            new("Input.UnitIds", Id(finance)),
            new("Input.AllDepartments", "true"),
        ]);
        (await admin.Http.PostAsync("/Admin/Reminders/Create", form)).IsRedirectTo("/Admin/Reminders/Details/");

        var id = await portal.WithDbAsync(db => db.Reminders.Where(r => r.Text == "请报送政策解读材料").Select(r => r.Id).SingleAsync());
        var count = await portal.WithDbAsync(db => db.ReminderRecipients.CountAsync(r => r.ReminderId == id));
        var departments = await portal.WithDbAsync(db => db.Units.CountAsync(u => u.IsActive && u.Kind == Core.Units.UnitKind.Department));
        Assert.Equal(departments + 1, count);
        var list = await admin.GetPageAsync("/Admin/Reminders/Index");
        var row = list.QuerySelector($"[data-testid=reminders-table] tr[data-id='{id}']")!;
        Assert.Contains($"0 / {departments + 1} 个单位已确认", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_without_units_or_due_before_it_was_sent_is_refused()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var response = await admin.SubmitAsync("/Admin/Reminders/Create", new Dictionary<string, string>
        {
            ["Input.Text"] = "没有接收单位的提醒",
            ["Input.SentOn"] = "2022-09-20",
            ["Input.DueOn"] = "2022-09-19",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("请至少选择一个接收单位。", page.QuerySelector("[data-valmsg-for='Input.UnitIds']")!.TextContent.Trim());
        Assert.Contains("不能早于", page.QuerySelector("[data-valmsg-for='Input.DueOn']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("没有接收单位的提醒", page.QuerySelector("#Input_Text")!.TextContent);
        Assert.False(await portal.WithDbAsync(db => db.Reminders.AnyAsync(r => r.Text == "没有接收单位的提醒")));
    }

    [Fact]
    public async Task The_demo_reminder_went_to_the_five_streets_and_three_acknowledged_it()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var id = await DemoReminderIdAsync();
        // Another test of this class may have acknowledged 花湖街道's since: count what the database says.
        var acknowledged = await portal.WithDbAsync(db => db.ReminderRecipients.CountAsync(r => r.ReminderId == id && r.AcknowledgedAtUtc != null));

        var list = await admin.GetPageAsync("/Admin/Reminders/Index");
        Assert.Contains($"{acknowledged} / 5 个单位已确认", list.QuerySelector($"tr[data-id='{id}'] [data-testid=acknowledged]")!.TextContent, StringComparison.Ordinal);
        var details = await admin.GetPageAsync($"/Admin/Reminders/Details/{id}");
        var rows = details.QuerySelectorAll("[data-testid=recipients] tbody tr").ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r.TextContent);
        Assert.Equal(["江北管理区", "花湖街道", "黄石港街道", "沈家营街道", "胜阳港街道"], rows.Keys);
        Assert.Contains("未确认", rows["胜阳港街道"], StringComparison.Ordinal);
        Assert.Contains("2022年9月6日 09:12:00（huangshigang）", rows["黄石港街道"], StringComparison.Ordinal);
        Assert.Contains("已确认", rows["沈家营街道"], StringComparison.Ordinal);
        Assert.Contains("已确认", rows["江北管理区"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_is_visible_only_to_the_units_it_was_sent_to()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var mzj = await UnitIdAsync("区民政局");
        var id = await SendAsync(admin, "请民政局核对社会救助目录事项", new Dictionary<string, string> { ["Input.UnitIds"] = Id(mzj) });

        using var addressed = portal.CreatePortalClient();
        await addressed.LogInOkAsync("mzj");
        Assert.NotNull((await addressed.GetPageAsync("/")).QuerySelector($"[data-testid=open-reminders] tr[data-id='{id}']"));
        Assert.NotNull((await addressed.GetPageAsync($"/Reminders/Unit/{mzj}")).QuerySelector($"[data-testid=unit-reminders] tr[data-id='{id}']"));

        using var other = portal.CreatePortalClient();
        await other.LogInOkAsync("czj");
        Assert.Null((await other.GetPageAsync("/")).QuerySelector($"tr[data-id='{id}']"));
        var finance = await UnitIdAsync("区财政局");
        Assert.Null((await other.GetPageAsync($"/Reminders/Unit/{finance}")).QuerySelector($"tr[data-id='{id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Reminders/Unit/{mzj}")).StatusCode);
    }

    [Fact]
    public async Task A_liaison_acknowledges_for_their_unit_only()
    {
        var huahu = await UnitIdAsync("花湖街道");
        var shengyanggang = await UnitIdAsync("胜阳港街道");
        var finance = await UnitIdAsync("区财政局");
        var id = await DemoReminderIdAsync();
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");
        var token = await liaison.AntiforgeryTokenAsync($"/Reminders/Unit/{huahu}");

        // Not their unit: the other street's row is untouched, whatever they post.
        var response = await liaison.Http.PostAsync($"/Reminders/Unit/{shengyanggang}?handler=Acknowledge&reminderId={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await portal.WithDbAsync(db => db.ReminderRecipients.Where(r => r.ReminderId == id && r.UnitId == shengyanggang).Select(r => r.AcknowledgedAtUtc).SingleAsync()));

        // A reminder not addressed to their unit.
        var notAddressed = await portal.WithDbAsync(async db =>
        {
            var reminder = new Core.Reminders.Reminder { Text = "仅发财政局", SentOn = new DateOnly(2022, 9, 1), Recipients = [new() { UnitId = finance }] };
            db.Reminders.Add(reminder);
            await db.SaveChangesAsync();
            return reminder.Id;
        });
        response = await liaison.Http.PostAsync($"/Reminders/Unit/{huahu}?handler=Acknowledge&reminderId={notAddressed}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.ReminderRecipients.AnyAsync(r => r.ReminderId == notAddressed && r.UnitId == huahu)));

        // Their own: acknowledged with who and when; the button is gone.
        var acknowledged = await liaison.SubmitAsync($"/Reminders/Unit/{huahu}", new Dictionary<string, string>(), $"tr[data-id='{id}'] form");
        acknowledged.IsRedirectTo($"/Reminders/Unit/{huahu}");
        var row = await portal.WithDbAsync(db => db.ReminderRecipients.SingleAsync(r => r.ReminderId == id && r.UnitId == huahu));
        Assert.NotNull(row.AcknowledgedAtUtc);
        Assert.Equal("huahu", row.AcknowledgedBy);
        var page = await liaison.GetPageAsync($"/Reminders/Unit/{huahu}");
        Assert.Null(page.QuerySelector($"tr[data-id='{id}'] [data-testid=acknowledge]"));
        Assert.Contains("已确认", page.QuerySelector($"tr[data-id='{id}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_and_a_leader_read_any_units_history_but_cannot_acknowledge()
    {
        var shengyanggang = await UnitIdAsync("胜阳港街道");
        var id = await DemoReminderIdAsync();
        foreach (var user in new[] { "admin", "leader" })
        {
            using var client = portal.CreatePortalClient();
            await client.LogInOkAsync(user);
            var page = await client.GetPageAsync($"/Reminders/Unit/{shengyanggang}");
            Assert.NotNull(page.QuerySelector($"tr[data-id='{id}']"));
            Assert.Null(page.QuerySelector("[data-testid=acknowledge]"));

            var token = await client.AntiforgeryTokenAsync($"/Reminders/Unit/{shengyanggang}");
            var response = await client.Http.PostAsync($"/Reminders/Unit/{shengyanggang}?handler=Acknowledge&reminderId={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            response.IsRedirectTo("/Account/AccessDenied");
        }

        Assert.Null(await portal.WithDbAsync(db => db.ReminderRecipients.Where(r => r.ReminderId == id && r.UnitId == shengyanggang).Select(r => r.AcknowledgedAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task The_unit_page_links_to_its_reminder_history()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("shenjiaying");
        var unit = await UnitIdAsync("沈家营街道");

        var details = await liaison.GetPageAsync($"/Units/Details/{unit}");

        Assert.Equal($"/Reminders/Unit/{unit}", details.QuerySelector("[data-testid=unit-reminders-link]")!.GetAttribute("href"));
    }
}
