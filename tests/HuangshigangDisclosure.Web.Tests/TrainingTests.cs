using System.Net;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

public class TrainingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>The form's field prefix of a unit's row, e.g. Input.Units[7].</summary>
    private static string RowPrefix(IHtmlDocument page, string unit)
    {
        var hidden = page.QuerySelector($"[data-testid=attendance-form] tr[data-unit='{unit}'] input[type=hidden]")!.GetAttribute("name")!;
        return hidden[..hidden.LastIndexOf('.')];
    }

    private static void Tick(IHtmlDocument page, string unit, string person, bool on = true)
    {
        var row = page.QuerySelector($"[data-testid=attendance-form] tr[data-unit='{unit}']")!;
        var label = row.QuerySelectorAll("label").Single(l => l.TextContent.Trim().StartsWith(person, StringComparison.Ordinal));
        ((IHtmlInputElement)row.QuerySelector($"#{label.GetAttribute("for")}")!).IsChecked = on;
    }

    private static Dictionary<string, string> GapRows(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=gaps-table] tbody tr").ToDictionary(r => r.GetAttribute("data-unit")!, r => r.TextContent);

    [Fact]
    public async Task The_gaps_page_flags_huahus_untrained_successor_until_he_is_trained()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var gaps = GapRows(await admin.GetPageAsync("/Admin/Training/Gaps"));
        Assert.Equal(["花湖街道", "区住房和城市更新局"], gaps.Keys);
        Assert.Contains("联络员 高远 于 2022年9月15日 接替 赵雪梅，未参加过培训（原任参加过培训，交接后未延续）", gaps["花湖街道"], StringComparison.Ordinal);
        Assert.Contains("具体负责人 钱坤 未参加过培训", gaps["区住房和城市更新局"], StringComparison.Ordinal);
        Assert.Contains("联络员 秦月 未参加过培训", gaps["区住房和城市更新局"], StringComparison.Ordinal);
        Assert.Contains("王小川", gaps["区住房和城市更新局"], StringComparison.Ordinal);

        // 高远 attends a make-up session; his name typed in 花湖街道's row links to his person record.
        var page = await admin.GetPageAsync("/Admin/Training/Create");
        var created = await admin.SubmitAsync(page, "/Admin/Training/Create", new Dictionary<string, string>
        {
            ["Input.HeldOn"] = "2022-09-28",
            ["Input.Topic"] = "联络员补训",
            [RowPrefix(page, "花湖街道") + ".OtherNames"] = " 高远 ",
        });
        created.IsRedirectTo("/Admin/Training");

        var attendance = await portal.WithDbAsync(db => db.TrainingAttendances.SingleAsync(a => a.Session!.Topic == "联络员补训"));
        var gaoYuan = await portal.WithDbAsync(db => db.UnitPeople.Where(p => p.Name == "高远").Select(p => p.Id).SingleAsync());
        Assert.Equal(("高远", (int?)gaoYuan), (attendance.PersonName, attendance.UnitPersonId));
        Assert.Equal(["区住房和城市更新局"], GapRows(await admin.GetPageAsync("/Admin/Training/Gaps")).Keys);
    }

    [Fact]
    public async Task The_unit_page_shows_its_gaps_to_its_liaison()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("zjj");

        var page = await liaison.GetPageAsync($"/Units/Details/{await UnitIdAsync("区住房和城市更新局")}");

        var gaps = page.QuerySelectorAll("[data-testid=people-gaps] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, gaps.Count);
        Assert.Contains(gaps, g => g.Contains("钱坤", StringComparison.Ordinal));

        using var finance = portal.CreatePortalClient();
        await finance.LogInOkAsync("czj");
        Assert.NotNull((await finance.GetPageAsync($"/Units/Details/{await UnitIdAsync("区财政局")}")).QuerySelector("[data-testid=no-people-gaps]"));
    }

    [Fact]
    public async Task A_session_records_ticked_people_and_typed_names_linking_a_name_of_the_units_people()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var page = await admin.GetPageAsync("/Admin/Training/Create");
        Tick(page, "区财政局", "袁丽");

        var created = await admin.SubmitAsync(page, "/Admin/Training/Create", new Dictionary<string, string>
        {
            ["Input.HeldOn"] = "2022-10-18",
            ["Input.Topic"] = "财政预决算公开专题培训",
            ["Input.Location"] = "区财政局会议室",
            [RowPrefix(page, "区财政局") + ".OtherNames"] = "邓晓琳、王五，袁丽",
        });
        created.IsRedirectTo("/Admin/Training");

        var rows = await portal.WithDbAsync(db => db.TrainingAttendances
            .Where(a => a.Session!.Topic == "财政预决算公开专题培训")
            .OrderBy(a => a.PersonName)
            .Select(a => new { a.PersonName, Linked = a.UnitPersonId != null, Unit = db.Units.Single(u => u.Id == a.UnitId).Name })
            .ToListAsync());
        Assert.Equal(
            [("王五", false), ("袁丽", true), ("邓晓琳", true)],
            rows.Select(r => (r.PersonName, r.Linked)).OrderBy(r => r.PersonName, StringComparer.Ordinal).ToList());
        Assert.All(rows, r => Assert.Equal("区财政局", r.Unit));

        var list = await admin.GetPageAsync("/Admin/Training/Index");
        var row = list.QuerySelectorAll("[data-testid=sessions-table] tbody tr").Single(r => r.TextContent.Contains("财政预决算公开专题培训", StringComparison.Ordinal));
        Assert.Equal(["3", "1"], row.QuerySelectorAll("td").Skip(3).Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Editing_a_session_keeps_the_attendances_that_stay_and_replaces_the_rest()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var page = await admin.GetPageAsync("/Admin/Training/Create");
        Tick(page, "区民政局", "汪静");
        Tick(page, "区民政局", "梅雪");
        (await admin.SubmitAsync(page, "/Admin/Training/Create", new Dictionary<string, string>
        {
            ["Input.HeldOn"] = "2022-11-02",
            ["Input.Topic"] = "社会救助信息公开培训",
        })).IsRedirectTo("/Admin/Training");
        var id = await portal.WithDbAsync(db => db.TrainingSessions.Where(s => s.Topic == "社会救助信息公开培训").Select(s => s.Id).SingleAsync());
        var kept = await portal.WithDbAsync(db => db.TrainingAttendances.Where(a => a.SessionId == id && a.PersonName == "汪静").Select(a => a.Id).SingleAsync());

        var edit = await admin.GetPageAsync($"/Admin/Training/Edit/{id}");
        Assert.Equal("社会救助信息公开培训", edit.QuerySelector("input[name='Input.Topic']")!.GetAttribute("value"));
        Tick(edit, "区民政局", "梅雪", on: false);
        (await admin.SubmitAsync(edit, $"/Admin/Training/Edit/{id}", new Dictionary<string, string>
        {
            [RowPrefix(edit, "区民政局") + ".OtherNames"] = "李明",
        })).IsRedirectTo("/Admin/Training");

        var names = await portal.WithDbAsync(db => db.TrainingAttendances.Where(a => a.SessionId == id).Select(a => new { a.Id, a.PersonName }).ToListAsync());
        Assert.Equal(["李明", "汪静"], names.Select(n => n.PersonName).Order(StringComparer.Ordinal));
        Assert.Equal(kept, names.Single(n => n.PersonName == "汪静").Id);
        var reopened = await admin.GetPageAsync($"/Admin/Training/Edit/{id}");
        Assert.Equal("李明", reopened.QuerySelector($"input[name='{RowPrefix(reopened, "区民政局")}.OtherNames']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_session_without_a_topic_gets_a_chinese_message_and_keeps_what_was_typed()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var page = await admin.GetPageAsync("/Admin/Training/Create");
        var prefix = RowPrefix(page, "区司法局");

        var response = await admin.SubmitAsync(page, "/Admin/Training/Create", new Dictionary<string, string>
        {
            ["Input.Topic"] = "",
            [prefix + ".OtherNames"] = "田野",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await PortalClient.ParseAsync(response);
        Assert.Equal("请填写“培训主题”。", again.QuerySelector("[data-valmsg-for='Input.Topic']")!.TextContent.Trim());
        Assert.Equal("田野", again.QuerySelector($"input[name='{prefix}.OtherNames']")!.GetAttribute("value"));
    }
}
