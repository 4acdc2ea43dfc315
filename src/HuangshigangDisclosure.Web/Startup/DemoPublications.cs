using System.Globalization;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using static HuangshigangDisclosure.Core.Publications.PublicationCategory;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// Demo publications for Q2–Q4 2022. Q3 reproduces every figure of the seed bulletin
/// (bulletin-2022Q3): counted = Published on 信息公开平台, and then
/// <list type="bullet">
/// <item>district total 1155;</item>
/// <item>江北管理区 8, 花湖街道 7, 黄石港街道 7, 沈家营街道 12 (4 in each month), 胜阳港街道 8;</item>
/// <item>区财政局 35, 区民政局 18, 区人社局 16, every one linked to a directory entry, covering all their
/// entries (the 比较完备 units); every other unit links fewer and leaves an entry uncovered;</item>
/// <item>黄石港街道 silent from 7-22 to 9-05, then 4 items on 9-06..9-08 after a reminder (the burst);</item>
/// <item>WeChat, notice-board and withdrawn (错发) items that must not count.</item>
/// </list>
/// The streets and the three departments are written out by hand for Q3; everything else comes from
/// per-unit topic templates with a seeded <see cref="Random"/>, so every run gives the same data.
/// </summary>
public static class DemoPublications
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The seed's reminder to 黄石港街道 (added by a later issue); the burst follows it.</summary>
    public static readonly DateOnly ReminderToHuangshigang = new(2022, 9, 5);

    private static readonly (DateOnly From, DateOnly To)[] Quarters =
    [
        (new(2022, 4, 1), new(2022, 6, 30)),
        (new(2022, 7, 1), new(2022, 9, 30)),
        (new(2022, 10, 1), new(2022, 12, 31)),
    ];

    // 国务院办公厅关于2022年部分节假日安排的通知 (国办发明电〔2021〕11号), as shared/data/cn-holidays.json has it.
    private static readonly HashSet<DateOnly> Holidays2022 =
    [
        .. new[]
        {
            "2022-04-03", "2022-04-04", "2022-04-05", "2022-04-30", "2022-05-01", "2022-05-02", "2022-05-03", "2022-05-04",
            "2022-06-03", "2022-06-04", "2022-06-05", "2022-09-10", "2022-09-11", "2022-09-12", "2022-10-01", "2022-10-02",
            "2022-10-03", "2022-10-04", "2022-10-05", "2022-10-06", "2022-10-07", "2022-12-31",
        }.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];

    private static readonly HashSet<DateOnly> MakeUpWorkdays2022 =
    [
        new(2022, 4, 2), new(2022, 4, 24), new(2022, 5, 7), new(2022, 10, 8), new(2022, 10, 9),
    ];

    private static bool IsWorkingDay(DateOnly day) =>
        MakeUpWorkdays2022.Contains(day)
        || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays2022.Contains(day));

    private static DateOnly D(int month, int day) => new(2022, month, day);

    /// <summary>One item before it becomes a <see cref="Publication"/>.</summary>
    private sealed record Draft(
        string Unit,
        DateOnly On,
        string Title,
        PublicationCategory Category,
        string? Entry = null,
        bool Interpret = false,
        PublicationChannel Channel = PublicationChannel.DisclosurePlatform,
        string? WithdrawnReason = null);

    // ----------------------------------------------------------------------------------------------
    // Q3 2022 written out by hand: the units the bulletin names with a figure.
    // ----------------------------------------------------------------------------------------------

    private static Draft[] Street(string unit, params (DateOnly On, string Title, PublicationCategory Category, string? Entry)[] items) =>
        [.. items.Select(i => new Draft(unit, i.On, i.Title, i.Category, i.Entry))];

    private static readonly Draft[] Q3Streets =
    [
        // 江北管理区 8 = 3 + 2 + 3
        .. Street("江北管理区",
            (D(7, 6), "江北管理区开展防汛应急演练", WorkNews, null),
            (D(7, 19), "江北管理区关于公益性岗位拟聘人员的公示", Notice, "13-04"),
            (D(7, 28), "江北管理区关于2022年6月份社会救助审核结果的公示", Notice, "15-04"),
            (D(8, 11), "江北管理区开展夏季安全生产大检查", WorkNews, null),
            (D(8, 25), "江北管理区关于2022年7月份社会救助审核结果的公示", Notice, "15-04"),
            (D(9, 8), "江北管理区开展中秋节前燃气安全专项检查", WorkNews, null),
            (D(9, 20), "江北管理区开展“我为群众办实事”志愿服务活动", WorkNews, null),
            (D(9, 28), "江北管理区关于2022年8月份社会救助审核结果的公示", Notice, "15-04")),

        // 花湖街道 7 = 3 + 3 + 1: the trained liaison left in September (see DemoData) and updates stopped.
        .. Street("花湖街道",
            (D(7, 7), "花湖街道开展夏季安全生产大检查", WorkNews, null),
            (D(7, 15), "花湖街道关于2022年6月份社会救助审核结果的公示", Notice, "15-04"),
            (D(7, 26), "花湖街道开展防溺水安全宣传进社区活动", WorkNews, null),
            (D(8, 5), "花湖街道开展高温天气独居老人走访慰问", WorkNews, null),
            (D(8, 16), "花湖街道关于公益性岗位拟聘人员的公示", Notice, "13-04"),
            (D(8, 30), "花湖街道湖滨社区老旧小区改造项目开工", WorkNews, null),
            (D(9, 9), "花湖街道开展中秋节前食品安全检查", WorkNews, null)),

        // 黄石港街道 7 = 2 + 0 + 5: nothing counted from 7-22 to 9-05 (46 days), then, after the office's
        // reminder of 2022-09-05 (ReminderToHuangshigang), four items on 9-06..9-08: the seed's
        // 经提醒后一次性更新数条信息. Its WeChat accounts kept posting meanwhile (below).
        .. Street("黄石港街道",
            (D(7, 5), "黄石港街道开展“两违”整治专项行动", WorkNews, null),
            (D(7, 21), "黄石港街道关于2022年6月份社会救助审核结果的公示", Notice, "15-04"),
            (D(9, 6), "黄石港街道关于2022年7月份社会救助审核结果的公示", Notice, "15-04"),
            (D(9, 6), "黄石港街道关于2022年8月份社会救助审核结果的公示", Notice, "15-04"),
            (D(9, 7), "黄石港街道开展中秋节前安全生产大检查", WorkNews, null),
            (D(9, 8), "黄石港街道开展“迎中秋、庆国庆”文明创建志愿服务活动", WorkNews, null),
            (D(9, 27), "黄石港街道开展国庆节前消防安全检查", WorkNews, null)),

        // 沈家营街道 12 = 4 + 4 + 4: the only unit that meets the quota.
        .. Street("沈家营街道",
            (D(7, 4), "沈家营街道开展夏季安全生产大检查", WorkNews, null),
            (D(7, 12), "沈家营街道关于2022年6月份社会救助审核结果的公示", Notice, "15-04"),
            (D(7, 20), "沈家营街道发布汛期避险转移安置点信息", Notice, "10-03"),
            (D(7, 28), "沈家营街道开展“八一”退役军人走访慰问活动", WorkNews, null),
            (D(8, 3), "沈家营街道关于公益性岗位拟聘人员的公示", Notice, "13-04"),
            (D(8, 11), "沈家营街道开展垃圾分类宣传进小区活动", WorkNews, null),
            (D(8, 19), "沈家营街道关于2022年7月份社会救助审核结果的公示", Notice, "15-04"),
            (D(8, 26), "沈家营街道八卦嘴社区开展反电信诈骗宣传", WorkNews, null),
            (D(9, 2), "沈家营街道开展中秋节前燃气安全入户排查", WorkNews, null),
            (D(9, 9), "沈家营街道开展“我们的节日·中秋”主题活动", WorkNews, null),
            (D(9, 19), "沈家营街道关于2022年8月份社会救助审核结果的公示", Notice, "15-04"),
            (D(9, 27), "沈家营街道开展国庆节前消防安全检查", WorkNews, null)),

        // 胜阳港街道 8 = 4 + 1 + 3 (and a long August silence, without a burst after it).
        .. Street("胜阳港街道",
            (D(7, 4), "胜阳港街道开展防汛隐患排查", WorkNews, null),
            (D(7, 11), "胜阳港街道关于2022年6月份社会救助审核结果的公示", Notice, "15-04"),
            (D(7, 18), "胜阳港街道开展夏季安全生产大检查", WorkNews, null),
            (D(7, 27), "胜阳港街道广场路社区举办夏夜纳凉晚会", WorkNews, null),
            (D(8, 17), "胜阳港街道关于公益性岗位拟聘人员的公示", Notice, "13-04"),
            (D(9, 13), "胜阳港街道关于2022年7月份社会救助审核结果的公示", Notice, "15-04"),
            (D(9, 21), "胜阳港街道开展国庆节前安全生产检查", WorkNews, null),
            (D(9, 29), "胜阳港街道开展“喜迎二十大”文明创建志愿服务活动", WorkNews, null)),
    ];

    private static string FinalAccountsOf(string unitName) => unitName switch
    {
        _ when unitName.EndsWith("街道", StringComparison.Ordinal) => "黄石港区" + unitName + "办事处",
        _ when unitName.StartsWith('区') => "黄石港" + unitName,
        _ => "黄石港区" + unitName,
    };

    /// <summary>区财政局 35: all linked, covering 03-01..03-05. 2021 部门决算 were approved in August.</summary>
    private static IEnumerable<Draft> Q3Finance()
    {
        const string unit = "区财政局";
        yield return new(unit, D(7, 14), "2022年1-6月全区财政收支情况", Finance, "03-03");
        yield return new(unit, D(7, 20), "2022年第二季度惠民惠农财政补贴资金发放情况公示", Finance, "03-04");
        yield return new(unit, D(7, 29), "黄石港区2022年上半年政府债务情况", Finance, "03-05");
        yield return new(unit, D(8, 5), "黄石港区惠民惠农财政补贴资金“一卡通”政策清单（2022年版）", PolicyDocument, "03-04");
        yield return new(unit, D(8, 12), "黄石港区2021年财政决算公开", Finance, "03-01");
        yield return new(unit, D(8, 15), "2022年1-7月全区财政收支情况", Finance, "03-03");
        yield return new(unit, D(8, 16), "黄石港区2021年区级决算报表及说明", Finance, "03-01");
        yield return new(unit, D(9, 9), "黄石港区2022年新增专项债券资金使用情况公示", Finance, "03-05");
        yield return new(unit, D(9, 15), "2022年1-8月全区财政收支情况", Finance, "03-03");
        yield return new(unit, D(9, 27), "2022年第三季度惠民惠农财政补贴资金发放情况公示", Finance, "03-04");

        // 25 units' 2021 final accounts, one a working day from 8-17.
        var day = D(8, 17);
        foreach (var demo in DemoData.Units)
        {
            while (!IsWorkingDay(day))
            {
                day = day.AddDays(1);
            }

            yield return new(unit, day, FinalAccountsOf(demo.Name) + "2021年度部门决算公开", Finance, "03-02");
            day = day.AddDays(1);
        }
    }

    /// <summary>区民政局 18: all linked, covering 15-01..15-03 and 16-01..16-02.</summary>
    private static readonly Draft[] Q3CivilAffairs =
    [
        new("区民政局", D(7, 5), "关于提高2022年城乡最低生活保障标准的通知", PolicyDocument, "15-01", Interpret: true),
        new("区民政局", D(7, 6), "2022年6月份城乡低保对象名单公示", Notice, "15-01"),
        new("区民政局", D(7, 8), "关于2022年第三季度城乡低保资金发放情况的公示", Finance, "15-01"),
        new("区民政局", D(7, 14), "2022年第二季度特困人员救助供养金发放情况公示", Finance, "15-02"),
        new("区民政局", D(7, 20), "黄石港区养老服务补贴申领指南", Notice, "16-01"),
        new("区民政局", D(7, 27), "关于开展2022年度养老机构服务质量检查的通知", Notice, "16-02"),
        new("区民政局", D(8, 3), "2022年7月份城乡低保对象名单公示", Notice, "15-01"),
        new("区民政局", D(8, 10), "关于做好夏季高温期间困难群众临时救助工作的通知", Notice, "15-03"),
        new("区民政局", D(8, 17), "黄石港区临时救助实施细则（修订）", PolicyDocument, "15-03", Interpret: true),
        new("区民政局", D(8, 24), "2022年7月份临时救助资金发放情况公示", Finance, "15-03"),
        new("区民政局", D(8, 31), "黄石港区养老机构名录（2022年8月更新）", Notice, "16-02"),
        new("区民政局", D(9, 2), "2022年8月份城乡低保对象名单公示", Notice, "15-01"),
        new("区民政局", D(9, 7), "关于进一步加强特困人员救助供养工作的实施意见", PolicyDocument, "15-02", Interpret: true),
        new("区民政局", D(9, 14), "黄石港区居家和社区养老服务改革实施方案", PolicyDocument, "16-01", Interpret: true),
        new("区民政局", D(9, 16), "2022年8月份临时救助资金发放情况公示", Finance, "15-03"),
        new("区民政局", D(9, 21), "全区养老机构消防安全专项检查情况通报", WorkNews, "16-02"),
        new("区民政局", D(9, 28), "2022年第三季度特困人员救助供养金发放情况公示", Finance, "15-02"),
        new("区民政局", D(9, 29), "黄石港区城乡低保对象动态管理情况通报（2022年第三季度）", Notice, "15-01"),
    ];

    /// <summary>区人社局 16: all linked, covering 13-01..13-03 and 14-01..14-02.</summary>
    private static readonly Draft[] Q3HumanResources =
    [
        new("区人社局", D(7, 4), "黄石港区2022年7月份企业用工岗位信息", Notice, "13-02"),
        new("区人社局", D(7, 11), "关于做好2022年高校毕业生等青年就业创业工作的通知", PolicyDocument, "13-01", Interpret: true),
        new("区人社局", D(7, 18), "2022年第二季度就业补助资金使用情况公示", Finance, "13-03"),
        new("区人社局", D(7, 25), "关于调整2022年退休人员基本养老金的通知", PolicyDocument, "14-01", Interpret: true),
        new("区人社局", D(8, 1), "黄石港区2022年8月份企业用工岗位信息", Notice, "13-02"),
        new("区人社局", D(8, 8), "关于开展2022年度社会保险待遇领取资格认证工作的通知", Notice, "14-02"),
        new("区人社局", D(8, 15), "2022年一次性留工培训补助发放名单公示（第二批）", Finance, "13-03"),
        new("区人社局", D(8, 22), "关于2022年度城乡居民基本养老保险缴费档次和补贴标准的通知", PolicyDocument, "14-01", Interpret: true),
        new("区人社局", D(8, 29), "“金秋招聘月”黄石港区专场招聘会公告", Notice, "13-02"),
        new("区人社局", D(9, 1), "黄石港区2022年9月份企业用工岗位信息", Notice, "13-02"),
        new("区人社局", D(9, 6), "关于公布2022年黄石港区创业担保贷款贴息政策的通知", PolicyDocument, "13-01", Interpret: true),
        new("区人社局", D(9, 13), "2022年8月份社会保险待遇发放情况公示", Finance, "14-02"),
        new("区人社局", D(9, 19), "黄石港区灵活就业人员社会保险补贴申领指南", Notice, "14-01"),
        new("区人社局", D(9, 22), "2022年第三季度公益性岗位补贴发放情况公示", Finance, "13-03"),
        new("区人社局", D(9, 26), "黄石港区2022年第三季度城镇新增就业完成情况", Statistics, "13-02"),
        new("区人社局", D(9, 29), "2022年第三季度社会保险待遇发放情况公示", Finance, "14-02"),
    ];

    /// <summary>Items of the generated units pinned to Q3: the policies the seed's interpretation problem is about.</summary>
    private static readonly Draft[] Q3Pinned =
    [
        new("区发改局", D(8, 9), "关于印发《黄石港区促进民间投资健康发展若干措施》的通知", PolicyDocument, "01-03", Interpret: true),
        new("区司法局", D(7, 22), "黄石港区法律援助申请指南（2022年修订）", Notice, "07-01"),
        new("区司法局", D(9, 15), "关于印发《黄石港区法治政府建设实施方案（2021—2025年）》的通知", PolicyDocument, Interpret: true),
        new("区住房和城市更新局", D(8, 18), "黄石港区保障性租赁住房认定办法（试行）", PolicyDocument, "09-01", Interpret: true),
        new("区教育局", D(7, 8), "2022年秋季小学一年级新生入学划片范围公告", Notice, "17-01"),
        new("区教育局", D(8, 26), "关于进一步减轻义务教育阶段学生作业负担和校外培训负担的实施意见", PolicyDocument, Interpret: true),
        new("区医疗保障局", D(8, 23), "黄石港区医疗救助实施办法", PolicyDocument, Interpret: true),
        new("区医疗保障局", D(9, 20), "关于做好2023年度城乡居民基本医疗保险集中参保缴费工作的通告", Notice, "14-03"),
        new("区卫生健康局", D(7, 19), "黄石港区3岁以下婴幼儿照护服务发展实施方案", PolicyDocument, Interpret: true),
    ];

    /// <summary>Never counted: WeChat and notice-board items, and items withdrawn as 错发.</summary>
    private static readonly Draft[] NotCounted =
    [
        // 黄石港街道 runs 8 WeChat accounts (the seed): they kept posting while the platform stayed silent.
        new("黄石港街道", D(7, 12), "黄石港街道：高温天气防暑降温小贴士", WorkNews, Channel: PublicationChannel.WeChat),
        new("黄石港街道", D(7, 29), "黄石港街道网格员酷暑中坚守一线", WorkNews, Channel: PublicationChannel.WeChat),
        new("黄石港街道", D(8, 4), "七夕｜黄石港街道邀您参加“我们的节日”主题活动", WorkNews, Channel: PublicationChannel.WeChat),
        new("黄石港街道", D(8, 12), "黄石港街道开展防溺水安全宣传", WorkNews, Channel: PublicationChannel.WeChat),
        new("黄石港街道", D(8, 19), "黄石港街道：本周疫苗接种服务点安排", Notice, Channel: PublicationChannel.WeChat),
        new("黄石港街道", D(8, 26), "黄石港街道“红色物业”走进居民小区", WorkNews, Channel: PublicationChannel.WeChat),
        new("黄石港街道", D(9, 2), "垃圾分类，从我做起｜黄石港街道在行动", WorkNews, Channel: PublicationChannel.WeChat),
        new("黄石港街道", D(9, 9), "中秋佳节｜黄石港街道为独居老人送上月饼", WorkNews, Channel: PublicationChannel.WeChat),
        new("区人社局", D(8, 30), "金秋招聘月来了！黄石港区专场招聘会等你来", Notice, "13-02", Channel: PublicationChannel.WeChat),
        new("区民政局", D(9, 15), "一图读懂｜黄石港区居家和社区养老服务改革", WorkNews, Channel: PublicationChannel.WeChat),
        new("区政府办公室", D(7, 1), "黄石港区庆祝中国共产党成立101周年", WorkNews, Channel: PublicationChannel.WeChat),
        new("区政府办公室", D(9, 30), "国庆假期黄石港区政务服务安排", Notice, Channel: PublicationChannel.WeChat),
        new("花湖街道", D(8, 12), "花湖社区2022年7月份社会救助审核结果公示", Notice, "15-04", Channel: PublicationChannel.NoticeBoard),
        new("区民政局", D(8, 2), "2022年7月份城乡低保对象名单", Notice, "15-01",
            WithdrawnReason: "错发：名单未对身份证号码作脱敏处理，已撤回，次日重新发布"),
        new("胜阳港街道", D(8, 22), "胜阳港街道关于2022年8月份低保审核结果的公示", Notice, "15-04",
            WithdrawnReason: "错发：误将其他街道的公示名单上传，已撤回"),
        new("区市场监督管理局", D(5, 18), "关于开展2022年“5·20”计量日宣传活动的通知（重复）", Notice,
            WithdrawnReason: "错发：同一通知重复发布，保留先发布的一条"),
    ];

    // ----------------------------------------------------------------------------------------------
    // Everything else: per-unit topic templates.
    // ----------------------------------------------------------------------------------------------

    /// <summary>Illustrative community names, per street; departments pick from all of them.</summary>
    private static readonly Dictionary<string, string[]> Communities = new()
    {
        ["江北管理区"] = ["江北社区", "长江社区", "金海社区"],
        ["花湖街道"] = ["花湖社区", "湖滨社区", "月亮山社区"],
        ["黄石港街道"] = ["黄石港社区", "天桥社区", "红旗桥社区"],
        ["沈家营街道"] = ["沈家营社区", "八卦嘴社区", "文化宫社区"],
        ["胜阳港街道"] = ["胜阳港社区", "广场路社区", "上窑社区"],
    };

    private static readonly string[] AllCommunities = [.. Communities.Values.SelectMany(c => c)];

    private static readonly string[] Roads = ["黄石大道", "沿湖路", "颐阳路", "武汉路", "杭州路", "天津路", "交通路", "南京路", "湖滨大道", "广州路"];

    private static readonly string[] Schools = ["黄石港区实验小学", "广场路小学", "天津路小学", "杭州路小学", "湖滨路小学", "花湖小学", "江北学校", "黄石港区实验中学"];

    private static readonly string[] Projects =
    [
        "黄石港历史文化街区保护修缮", "沿湖路排水管网改造", "胜阳港片区老旧小区改造二期", "江北片区道路建设", "花湖公园提档升级",
        "沈家营智慧停车场", "颐阳路综合管廊", "黄石港区社区养老服务中心", "城区燃气管道更新改造", "天津路片区城市更新",
        "黄石港区中小学校舍维修", "湖滨大道雨污分流改造",
    ];

    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    /// <summary>What a title template may use: the date's month, quarter, season, a running number…</summary>
    private sealed class Slot(Random random, string unit, DateOnly on, int number)
    {
        public string Unit => unit;

        public string M => on.Month.ToString(Inv);

        public string PM => (on.Month - 1).ToString(Inv);

        public string N => number.ToString(Inv);

        /// <summary>这个季度: 一/二/三/四.</summary>
        public string Q => QuarterNames[(on.Month - 1) / 3];

        /// <summary>The period a monthly report published in this month covers.</summary>
        public string Period => on.Month switch
        {
            4 => "一季度",
            7 => "上半年",
            10 => "前三季度",
            _ => PM + "月份",
        };

        public string Season => on.Month switch
        {
            <= 5 => "春季",
            <= 8 => "夏季",
            <= 10 => "秋季",
            _ => "冬季",
        };

        /// <summary>The school term (学期) the date falls in.</summary>
        public string Term => on.Month <= 6 ? "春季" : "秋季";

        public bool FloodSeason => on.Month is >= 5 and <= 9;

        /// <summary>The festival a "节前" item is about, or null when none is near.</summary>
        public string? Festival => (on.Month, on.Day) switch
        {
            (4, >= 15) => "五一",
            (5, >= 20) or (6, <= 2) => "端午",
            (8, >= 20) or (9, < 10) => "中秋",
            (9, _) => "国庆",
            (12, >= 10) => "元旦",
            _ => null,
        };

        public string Place => Pick(Communities.TryGetValue(unit, out var own) ? own : AllCommunities);

        public string Road => Pick(Roads);

        public string Project => Pick(Projects);

        public string Pick(string[] options) => options[random.Next(options.Length)];

        /// <summary>Picks from <paramref name="options"/>, and from <paramref name="summer"/> too in the flood season.</summary>
        public string Pick(string[] options, string[] summer) => FloodSeason ? Pick([.. options, .. summer]) : Pick(options);

        /// <summary>A weather warning that fits the season.</summary>
        public string Weather => Pick(on.Month switch
        {
            >= 6 and <= 8 => ["高温", "暴雨", "雷电"],
            >= 11 or <= 2 => ["寒潮", "大雾", "道路结冰"],
            _ => ["大风", "雷电", "大雾"],
        });
    }

    /// <summary>A kind of item a unit publishes. A title function may answer null: "not in this season".</summary>
    private sealed class Topic(PublicationCategory category, Func<Slot, string?> title, string? entry = null, bool interpret = false, int weight = 1, int start = 1)
    {
        public PublicationCategory Category => category;

        public Func<Slot, string?> Title => title;

        public string? Entry => entry;

        public bool Interpret => interpret;

        public int Weight => weight;

        /// <summary>The first running number (a 期 or 文号 that started before April).</summary>
        public int Start => start;
    }

    /// <summary>A topic published once a month, on the first working day from <paramref name="Day"/>.</summary>
    private sealed record Monthly(int Day, Topic Topic);

    /// <summary>
    /// What a unit publishes per quarter (counted items, Q2/Q3/Q4) and how many of them it links to
    /// its directory at most (liaisons often leave 目录编码 empty).
    /// </summary>
    private sealed record Plan(string Unit, int Q2, int Q3, int Q4, int LinkCap, Topic[] Topics, Monthly[]? Monthlies = null);

    private static Topic T(PublicationCategory category, Func<Slot, string?> title, string? entry = null, bool interpret = false, int weight = 1, int start = 1) =>
        new(category, title, entry, interpret, weight, start);

    private static Topic[] StreetTopics(string unit) =>
    [
        T(WorkNews, s => $"{unit}开展{s.Season}安全生产大检查", weight: 2),
        T(WorkNews, s => s.Festival is { } f ? $"{unit}开展{f}节前安全生产检查" : null, weight: 2),
        T(WorkNews, s => $"{unit}{s.Place}开展" + s.Pick(["燃气安全入户排查", "垃圾分类宣传活动", "反电信诈骗宣传", "消防安全应急演练", "禁毒宣传活动", "法治宣传进小区活动", "文明养犬宣传"], ["防溺水安全宣传", "防暑降温宣传"]), weight: 4),
        T(WorkNews, s => $"{unit}开展" + s.Pick(["“我为群众办实事”实践活动", "背街小巷环境卫生整治", "人居环境整治行动", "网格员业务培训", "独居老人走访慰问", "退役军人走访慰问", "文明城市创建志愿服务活动", "老旧小区改造入户走访", "“两违”整治专项行动"]), weight: 4),
        T(WorkNews, s => s.FloodSeason ? $"{unit}开展{s.Pick(["防汛应急演练", "汛期隐患排查", "防汛物资检查"])}" : null),
        T(WorkNews, s => s.M == "4" ? $"{unit}开展全民国家安全教育日宣传活动" : null),
        T(Notice, s => $"{unit}关于2022年{s.PM}月份社会救助审核结果的公示", "15-04", weight: 3),
        T(Notice, s => $"{unit}关于公益性岗位拟聘人员的公示（第{s.N}批）", "13-04", start: 2),
        T(Notice, s => s.FloodSeason ? $"{unit}发布{s.Season}汛期避险转移安置点信息" : null, "10-03"),
        T(Notice, s => $"{unit}关于{s.Pick(["开展第七次全国人口普查数据核查", "做好2023年度城乡居民医保参保缴费", "开展高龄津贴资格认证", "开展城乡居民养老保险待遇资格认证"])}工作的通知"),
        T(Other, s => $"{unit}党工委理论学习中心组{s.Pick(["集中学习", "专题学习", "扩大学习"])}（2022年第{s.N}次）", start: 3),
    ];

    private static readonly Plan[] Plans =
    [
        new("江北管理区", 9, 0, 12, 3, StreetTopics("江北管理区")),
        new("花湖街道", 10, 0, 9, 3, StreetTopics("花湖街道")),
        new("黄石港街道", 6, 0, 13, 3, StreetTopics("黄石港街道")),
        new("沈家营街道", 12, 0, 14, 4, StreetTopics("沈家营街道")),
        new("胜阳港街道", 7, 0, 12, 3, StreetTopics("胜阳港街道")),

        new("区政府办公室", 126, 138, 151, 0,
        [
            T(WorkNews, s => $"区政府召开第{s.N}次常务会议", weight: 2, start: 9),
            T(WorkNews, s => $"区领导带队督导{s.Place}" + s.Pick(["安全生产工作", "疫情防控工作", "文明创建工作", "老旧小区改造", "燃气安全整治", "城市更新项目建设", "背街小巷整治"], ["防汛工作"]), weight: 5),
            T(WorkNews, s => $"黄石港区召开{s.Pick(["优化营商环境工作推进会", "城市更新工作推进会", "安全生产工作会议", "重点项目建设调度会", "创建全国文明城市推进会", "招商引资工作推进会", "民生实事项目推进会", "信访工作联席会议", "经济运行分析会"], ["防汛工作部署会"])}（{s.M}月）", weight: 4),
            T(PolicyDocument, s => $"黄石港区人民政府办公室关于印发{s.Pick(["黄石港区2022年优化营商环境工作要点", "黄石港区城市更新行动实施方案", "黄石港区突发事件总体应急预案", "黄石港区创建全国文明城市三年行动计划", "黄石港区政务服务“一网通办”实施方案", "黄石港区稳住经济大盘若干措施", "黄石港区促进服务业发展若干措施", "黄石港区2022年政务公开工作要点", "黄石港区城市管理精细化工作方案", "黄石港区燃气安全专项整治工作方案", "黄石港区消费提振行动方案", "黄石港区重大行政决策目录管理办法", "黄石港区“放管服”改革工作要点", "黄石港区社区治理提升行动方案", "黄石港区背街小巷整治工作方案", "黄石港区人口老龄化应对工作方案"])}的通知", weight: 2),
            T(Personnel, s => $"黄石港区人民政府关于{s.Pick(["王建国", "李明华", "张晓东", "刘志刚", "陈红梅", "杨光辉", "赵立新", "周文斌", "吴海燕", "郑国庆", "孙卫东", "黄建平", "胡小兵", "朱文华", "高志明", "林建军", "何晓峰", "罗春生", "梁丽萍", "宋建华"])}等同志职务任免的通知", weight: 2),
            T(Notice, s => $"黄石港区人民政府关于{s.Project}项目{s.Pick(["交通管制", "征求意见", "社会稳定风险评估", "开工建设"])}的公告"),
            T(Notice, s => s.Festival is { } f ? $"关于做好2022年{f}期间{s.Pick(["安全生产", "值班值守", "疫情防控", "市场保供"])}工作的通知" : null, weight: 2),
            T(Other, s => $"黄石港区政府信息公开工作动态（2022年第{s.N}期）", weight: 3, start: 12),
            T(WorkNews, s => $"黄石港区{s.Pick(["“下基层 察民情 解民忧 暖民心”实践活动", "“我为群众办实事”实践活动", "政务公开日活动", "“双招双引”活动", "营商环境“回头看”活动"])}{s.Pick(["扎实推进", "取得阶段性成效", "走深走实", "见行见效"])}（{s.M}月）", weight: 2),
        ]),

        new("区发改局", 64, 72, 80, 8,
        [
            T(Notice, s => $"关于{s.Project}项目{s.Pick(["可行性研究报告", "初步设计", "项目建议书"])}的批复", "01-01", weight: 4),
            T(PolicyDocument, s => $"关于印发《黄石港区{s.Pick(["2022年重点项目建设工作方案", "服务业扩大开放实施方案", "节能降碳工作实施方案", "社会信用体系建设工作要点", "价格监测工作方案", "重点项目“红黄绿”管理办法", "招商引资项目落地服务办法"])}》的通知", "01-03", interpret: true),
            T(WorkNews, s => $"区发改局{s.Pick(["召开重点项目建设推进会", "开展节能宣传周活动", "开展粮食安全宣传活动", "开展社会信用体系建设培训", "召开项目谋划储备工作会", "开展重要民生商品价格巡查", "赴" + s.Place + "走访重点项目", "召开专项债券项目申报辅导会"])}（{s.M}月）", weight: 4),
            T(Notice, s => $"关于申报{s.Pick(["2023年中央预算内投资项目", "2023年地方政府专项债券项目", "服务业发展引导资金项目", "2023年省级重点项目", "以工代赈项目", "节能降碳技术改造项目"])}的通知"),
            T(Statistics, s => $"黄石港区重点项目建设情况通报（2022年第{s.N}期）", start: 6),
            T(Notice, s => $"黄石港区{s.Pick(["成品油", "猪肉", "蔬菜", "粮油"])}价格监测报告（2022年第{s.N}期）", start: 13),
        ], [new(11, T(Statistics, s => $"2022年{s.Period}全区重点项目建设进展情况"))]),

        new("区司法局", 44, 48, 55, 6,
        [
            T(PolicyDocument, s => $"黄石港区{s.Pick(["“八五”普法规划", "行政规范性文件管理办法", "重大行政决策程序规定", "公共法律服务体系建设实施意见", "政府法律顾问工作规则", "行政执法公示办法"])}", interpret: true),
            T(WorkNews, s => $"区司法局在{s.Place}开展" + s.Pick(["法治宣传进社区活动", "民法典宣传活动", "法律援助进社区活动", "防范电信诈骗普法宣传", "“法律明白人”培训", "反家暴普法宣传"]), weight: 5),
            T(WorkNews, s => $"区司法局开展{s.Pick(["人民调解员业务培训", "社区矫正对象集中教育", "行政执法案卷评查", "法律援助案件质量评估", "安置帮教走访"])}（{s.M}月）", weight: 3),
            T(Notice, s => $"黄石港区法律援助案件受理情况（2022年第{s.N}期）", "07-01", start: 4),
            T(Notice, s => $"黄石港区人民调解员名册（2022年{s.M}月更新）", "07-02"),
            T(Notice, s => $"关于公开征集《{s.Pick(["黄石港区物业管理办法", "黄石港区养犬管理规定", "黄石港区电动自行车管理规定", "黄石港区烟花爆竹燃放管理规定"])}（征求意见稿）》意见的公告"),
            T(Other, s => $"黄石港区行政执法监督工作简报（2022年第{s.N}期）", start: 3),
        ]),

        new("区统计局", 22, 24, 25, 0,
        [
            T(WorkNews, s => $"区统计局开展{s.Pick(["第五次全国经济普查前期准备工作", "统计法治宣传活动", "统计执法检查", "统计业务培训", "住户调查入户工作", "统计数据质量核查", "“统计开放日”活动"])}（{s.M}月）", weight: 3),
            T(Notice, s => $"关于开展{s.Pick(["2022年统计执法检查", "规模以上企业统计报表审核", "2022年人口变动抽样调查", "“四上”企业培育入库", "2022年统计年报布置"])}工作的通知"),
            T(Statistics, s => $"黄石港区统计信息（2022年第{s.N}期）", start: 9),
        ],
        [
            new(10, T(Statistics, s => $"黄石港区2022年{s.Period}规模以上工业增加值情况")),
            new(15, T(Statistics, s => $"黄石港区2022年{s.Period}社会消费品零售总额情况")),
            new(18, T(Statistics, s => $"黄石港区2022年{s.Period}经济运行简况")),
            new(22, T(Statistics, s => $"黄石港区2022年{s.Period}固定资产投资情况")),
        ]),

        new("区教育局", 71, 66, 74, 6,
        [
            T(Notice, s => $"{s.Pick(Schools)}2022年{s.Term}学期家庭经济困难学生资助名单公示", "17-03"),
            T(Notice, s => $"黄石港区义务教育学校名录（2022年{s.M}月）", "17-02"),
            T(PolicyDocument, s => $"关于印发《黄石港区{s.Pick(["中小学课后服务工作实施方案", "校外培训机构监管办法", "学校安全工作责任制实施细则", "义务教育阶段学生资助实施办法", "中小学教师“县管校聘”改革实施方案", "学前教育普及普惠发展实施方案"])}》的通知", interpret: true),
            T(WorkNews, s => $"{s.Pick(Schools)}开展{s.Pick(["校园食品安全检查", "消防应急疏散演练", "心理健康教育活动", "交通安全主题班会", "课后服务展示活动", "劳动教育实践活动", "读书节活动", "家长开放日活动", "科技节活动", "禁毒教育活动"], ["防溺水安全教育"])}", weight: 6),
            T(Notice, s => $"关于做好2022年{s.Pick(["教师资格认定", "教师招聘", "学生资助政策宣传", "校园安全隐患排查", "中小学生近视防控", "校园欺凌防治"], ["暑期校外培训治理", "中小学生防溺水"])}工作的通知", weight: 2),
            T(Other, s => $"黄石港区教育工作简报（2022年第{s.N}期）", weight: 2, start: 11),
            T(WorkNews, s => $"区教育局召开{s.Pick(["校长工作会议", "校园安全工作会议", "“双减”工作推进会", "教育质量分析会", "招生工作部署会"])}（{s.M}月）", weight: 2),
        ]),

        new("区卫生健康局", 82, 78, 90, 9,
        [
            T(Notice, s => $"黄石港区新冠病毒疫苗接种安排（2022年第{s.N}期）", "08-01", weight: 3, start: 14),
            T(Notice, s => $"2022年国家基本公共卫生服务项目{s.Pick(["服务内容公示", "老年人健康体检安排", "0—6岁儿童健康管理服务", "高血压患者健康管理服务", "孕产妇健康管理服务"])}（{s.M}月）", "08-02"),
            T(Notice, s => s.Q == "四" ? "2022年计划生育家庭奖励扶助对象公示" : null, "08-04"),
            T(PolicyDocument, s => $"关于印发《黄石港区{s.Pick(["健康黄石港行动实施方案", "家庭医生签约服务工作方案", "爱国卫生运动实施方案", "医疗卫生服务体系规划", "基层卫生健康人才队伍建设方案"])}》的通知", interpret: true),
            T(WorkNews, s => $"区卫健局在{s.Place}开展" + s.Pick(["爱国卫生运动", "义诊活动", "职业病防治宣传", "无偿献血活动", "健康知识讲座", "病媒生物防制", "控烟宣传活动"]), weight: 6),
            T(WorkNews, s => $"区卫健局开展{s.Pick(["医疗机构安全生产检查", "医疗废物处置专项检查", "公共场所卫生监督检查", "生活饮用水卫生监督检查", "医疗机构依法执业检查"])}（{s.M}月）", weight: 3),
        ], [new(12, T(Statistics, s => $"黄石港区2022年{s.PM}月份法定传染病疫情概况"))]),

        new("区住房和城市更新局", 58, 64, 70, 10,
        [
            T(Notice, s => $"黄石港区人民政府房屋征收决定（{s.Project}项目）", "05-01"),
            T(Notice, s => $"{s.Project}项目国有土地上房屋征收补偿方案（征求意见稿）", "05-02"),
            T(PolicyDocument, s => $"黄石港区{s.Pick(["公共租赁住房管理实施细则", "城镇老旧小区改造工作实施方案", "物业服务企业信用评价办法", "住宅专项维修资金管理办法"])}", "09-01", interpret: true),
            T(Notice, s => $"公共租赁住房申请审核结果公示（2022年第{s.N}批）", "09-02", weight: 2, start: 5),
            T(Notice, s => $"关于{s.Road}片区计划{s.Pick(["停水", "停气", "降压供水"])}的通知（{s.M}月）", "18-01", weight: 2),
            T(WorkNews, s => $"区住建局开展{s.Pick(["城镇燃气安全专项检查", "建筑施工安全生产检查", "老旧小区改造质量巡查", "物业服务质量提升行动", "建筑工地扬尘治理检查", "自建房安全专项整治", "电梯安全专项检查"])}（{s.M}月）", weight: 4),
            T(WorkNews, s => $"{s.Place}老旧小区改造项目{s.Pick(["开工", "完工验收", "启动居民意见征集", "进入收尾阶段"])}", weight: 2),
        ]),

        new("区应急管理局", 76, 70, 68, 9,
        [
            T(Notice, s => $"安全生产行政处罚信息公示（黄港应急罚〔2022〕{s.N}号）", "04-01", weight: 2, start: 11),
            T(Notice, s => $"区应急管理局2022年{s.PM}月份安全生产执法检查情况公示", "04-01"),
            T(Notice, s => s.FloodSeason ? $"黄石港区防汛抗旱指挥部关于{s.Pick(["启动防汛Ⅳ级应急响应", "终止防汛Ⅳ级应急响应", "做好强降雨防范工作", "发布暴雨预警"])}的通知（{s.M}月{s.Pick(["上旬", "中旬", "下旬"])}）" : null, "10-01"),
            T(Notice, s => $"关于发布{s.Weather}预警的通知（2022年第{s.N}号）", "10-01", start: 3),
            T(Finance, s => $"2022年第{s.Q}季度救灾资金发放情况公示", "10-02"),
            T(WorkNews, s => $"区应急管理局在{s.Place}开展" + s.Pick(["消防安全检查", "防灾减灾宣传", "应急疏散演练", "燃气安全检查", "有限空间作业检查"], ["汛期安全隐患排查"]), weight: 6),
            T(WorkNews, s => s.Festival is { } f ? $"区应急管理局开展{f}节前安全生产检查" : null, weight: 2),
            T(PolicyDocument, s => $"黄石港区{s.Pick(["安全生产专项整治三年行动实施方案", "自然灾害救助应急预案", "生产安全事故应急预案", "安全生产委员会成员单位职责"])}", interpret: true),
        ]),

        new("区市场监督管理局", 79, 84, 92, 11,
        [
            T(Notice, s => $"食品安全监督抽检信息公告（2022年第{s.N}期）", "11-01", weight: 2, start: 8),
            T(Notice, s => $"行政处罚信息公示（黄港市监罚〔2022〕{s.N}号）", "11-02", weight: 3, start: 21),
            T(WorkNews, s => s.Festival is { } f ? $"区市场监管局开展{f}节前食品安全专项检查" : null, weight: 2),
            T(WorkNews, s => $"区市场监管局开展{s.Pick(["校园周边食品安全检查", "特种设备安全检查", "价格监督检查", "电动自行车质量抽查", "计量器具检定", "药品零售企业检查", "农贸市场专项整治", "化妆品经营专项检查", "电梯维保专项检查"])}（{s.M}月）", weight: 5),
            T(Notice, s => $"关于黄石港区{s.Pick(["12", "17", "23", "31", "46", "58"])}户企业列入经营异常名录的公告（第{s.N}批）", start: 4),
            T(PolicyDocument, s => $"黄石港区{s.Pick(["2022年食品安全工作要点", "知识产权强区建设方案", "质量强区建设实施方案", "“个转企”工作方案"])}"),
        ], [new(10, T(Statistics, s => $"2022年{s.Period}全区市场主体发展情况"))]),

        new("区城市管理执法局", 70, 76, 81, 8,
        [
            T(Notice, s => $"城市管理行政处罚决定公示（黄港城执罚〔2022〕{s.N}号）", "12-02", weight: 3, start: 37),
            T(Notice, s => s.Q == "二" ? "区城市管理执法局权责清单（2022年版）" : null, "12-01"),
            T(Notice, s => $"关于{s.Road}{s.Pick(["排水管网改造", "人行道修缮", "路灯改造", "道路“白改黑”", "雨水口清淤"])}施工的公告", "18-02", weight: 2),
            T(WorkNews, s => $"区城管执法局在{s.Place}开展" + s.Pick(["占道经营整治", "违法建设拆除行动", "餐饮油烟整治", "渣土车专项整治", "“门前三包”检查", "垃圾分类宣传", "共享单车停放整治", "户外广告整治"]), weight: 7),
            T(Other, s => $"城市管理执法工作简报（2022年第{s.N}期）", weight: 2, start: 14),
        ]),

        new("区退役军人事务局", 33, 38, 41, 0,
        [
            T(WorkNews, s => (s.Festival ?? (s.M == "7" ? "八一" : null)) is { } f ? $"区退役军人事务局开展{f}节前走访慰问活动" : null, weight: 2),
            T(Notice, s => $"关于2022年{s.Pick(["光荣之家挂牌名单", "优抚对象抚恤补助发放情况", "退役士兵自主就业一次性经济补助发放情况", "义务兵家庭优待金发放情况", "重点优抚对象医疗补助发放情况"])}的公示（第{s.N}批）", weight: 2),
            T(WorkNews, s => $"区退役军人事务局召开{s.Pick(["退役军人服务站建设推进会", "双拥工作领导小组会议", "退役军人就业创业座谈会", "军休干部座谈会"])}（{s.M}月）"),
            T(WorkNews, s => $"{s.Place}退役军人服务站开展{s.Pick(["政策宣讲", "就业帮扶", "志愿服务", "困难帮扶走访"])}活动", weight: 3),
            T(PolicyDocument, s => $"关于做好2022年{s.Pick(["退役士兵安置", "“光荣之家”悬挂", "烈士纪念日纪念活动", "退役军人适应性培训"])}工作的通知"),
        ]),

        new("区文化和旅游局", 47, 52, 60, 5,
        [
            T(Notice, s => $"黄石港区公共文化服务设施开放时间公告（2022年{s.Season}）", "06-01"),
            T(WorkNews, s => $"{s.Place}开展" + s.Pick(["广场舞展演", "非遗进社区", "戏曲进社区", "全民阅读", "书法展览", "文艺志愿服务", "“我们的节日”民俗"]) + "活动", weight: 6),
            T(Notice, s => $"关于开展{s.Pick(["文化市场", "旅游安全", "娱乐场所消防", "网吧经营", "出版物市场"])}专项检查的通知（{s.M}月）", weight: 2),
            T(Other, s => $"黄石港区文化和旅游工作动态（2022年第{s.N}期）", start: 6),
            T(WorkNews, s => $"区文旅局举办{s.Pick(["“黄石港之夏”广场文艺演出", "公益文化培训班", "非遗展示周活动", "全民阅读分享会", "摄影作品展"])}（{s.M}月）", weight: 2),
        ], [new(1, T(Notice, s => $"黄石港区2022年{s.M}月份公益性文化活动安排", "06-02"))]),

        new("区医疗保障局", 40, 44, 56, 5,
        [
            T(Notice, s => $"黄石港区城乡居民医保{s.Pick(["缴费指南", "待遇标准", "异地就医备案指南", "门诊慢特病申办指南"])}（2022年{s.M}月）", "14-03"),
            T(WorkNews, s => $"区医保局在{s.Place}开展" + s.Pick(["打击欺诈骗保宣传", "医保政策进社区活动", "参保缴费动员", "医保电子凭证推广"]), weight: 5),
            T(WorkNews, s => $"区医保局开展{s.Pick(["定点医药机构专项检查", "医保业务培训", "医保经办服务提升行动", "医保基金监管“回头看”"])}（{s.M}月）", weight: 3),
            T(PolicyDocument, s => $"黄石港区{s.Pick(["职工医保门诊共济保障实施细则", "长期护理保险试点方案", "医保定点医药机构管理办法"])}", interpret: true),
            T(Other, s => $"医保政策问答（2022年第{s.N}期）", weight: 2, start: 7),
        ], [new(16, T(Statistics, s => $"2022年{s.Period}全区医保基金运行情况"))]),

        new("区审计局", 23, 26, 31, 0,
        [
            T(Notice, s => $"{s.Pick(["区城市管理执法局", "区教育局", "区卫生健康局", "区住房和城市更新局", "区文化和旅游局", "花湖街道办事处", "沈家营街道办事处", "区商务局", "区医疗保障局", "区民政局"])}{s.Pick(["2021年度预算执行情况", "主要领导干部经济责任", "专项资金使用情况"])}审计结果公告"),
            T(WorkNews, s => $"区审计局开展{s.Pick(["政府投资项目审计", "审计整改“回头看”", "审计业务培训", "经济责任审计进点会", "专项资金审计调查"])}（{s.M}月）", weight: 2),
            T(Notice, s => $"关于{s.Pick(["2021年度区级预算执行和其他财政收支审计查出问题整改情况", "2022年度审计项目计划调整"])}的公告"),
            T(Other, s => $"审计工作动态（2022年第{s.N}期）", start: 5),
        ]),

        new("区商务局", 46, 50, 58, 0,
        [
            T(WorkNews, s => $"区商务局开展{s.Pick(["成品油市场检查", "商贸企业安全生产检查", "商务领域预付卡检查", "外贸企业走访", "再生资源回收企业检查", "电商培训"])}（{s.M}月）", weight: 3),
            T(Notice, s => $"关于申报{s.Pick(["2022年外经贸发展专项资金", "限上商贸企业入库奖励", "电子商务示范企业", "老字号认定", "消费券发放商户"])}的通知"),
            T(WorkNews, s => $"黄石港区{s.Pick(["“惠购黄石港”消费季", "夜间经济", "汽车促消费", "家电以旧换新", "餐饮促消费"])}活动{s.Pick(["启动", "成效明显", "持续升温"])}（{s.M}月）", weight: 2),
        ], [new(17, T(Statistics, s => $"2022年{s.Period}全区消费品市场运行情况"))]),

        new("区科技和经济信息化局", 42, 46, 49, 0,
        [
            T(Notice, s => $"关于组织申报{s.Pick(["2022年高新技术企业认定", "省级“专精特新”中小企业", "科技型中小企业评价", "企业技术中心认定", "技术改造专项资金", "首台（套）重大技术装备"])}的通知"),
            T(WorkNews, s => $"区科经局走访{s.Pick(["规上工业企业", "“专精特新”企业", "科技型中小企业", "重点技改企业", "小微企业园"])}（{s.M}月）", weight: 3),
            T(WorkNews, s => $"区科经局开展{s.Pick(["工业企业安全生产检查", "科技活动周宣传", "企业“上云”培训", "科技成果转化对接会", "中小企业服务月活动"])}（{s.M}月）", weight: 2),
            T(Other, s => $"科技经信工作简报（2022年第{s.N}期）", weight: 2, start: 8),
        ], [new(19, T(Statistics, s => $"2022年{s.Period}全区规上工业运行情况"))]),

        new("区政务服务和大数据管理局", 63, 68, 75, 12,
        [
            T(Notice, s => $"{s.Project}项目{s.Pick(["施工", "监理", "设计", "货物采购"])}招标公告（HSGJY-2022-{s.N}）", "02-01", weight: 3, start: 41),
            T(Notice, s => $"{s.Project}项目{s.Pick(["施工", "监理", "设计", "货物采购"])}中标（成交）结果公告（HSGJY-2022-{s.N}）", "02-02", weight: 3, start: 29),
            T(WorkNews, s => $"区政务服务局开展{s.Pick(["“一网通办”业务培训", "政务服务“好差评”回访", "帮办代办服务进园区", "“高效办成一件事”推进会", "窗口作风专项整治", "政务服务“跨省通办”宣传"])}（{s.M}月）", weight: 3),
            T(Notice, s => s.Festival is { } f ? $"关于{f}期间政务服务中心工作时间安排的公告" : null),
        ], [new(8, T(Statistics, s => $"2022年{s.Period}政务服务“好差评”情况通报"))]),

        // The three 比较完备 units outside Q3 (Q3 is written out by hand above).
        new("区财政局", 41, 0, 48, 30,
        [
            T(Finance, s => $"2022年第{s.Q}季度惠民惠农财政补贴资金发放情况公示", "03-04"),
            T(Finance, s => $"2022年第{s.Q}季度政府专项债券资金使用情况", "03-05"),
            T(Finance, s => s.Q == "四" ? "黄石港区2022年区级预算调整方案" : null, "03-01"),
            T(Finance, s => $"关于下达2022年{s.Pick(["城镇老旧小区改造中央补助资金", "就业补助资金", "义务教育补助经费", "基本公共卫生服务补助资金", "困难群众救助补助资金", "文化惠民补助资金", "医疗服务与保障能力提升补助资金", "残疾人事业发展补助资金"])}的通知（第{s.N}批）", weight: 6),
            T(WorkNews, s => $"区财政局开展{s.Pick(["财会监督专项行动", "预算绩效管理培训", "政府采购领域专项检查", "行政事业单位国有资产清查", "财政资金直达情况检查", "会计信息质量检查"])}（{s.M}月）", weight: 3),
            T(Notice, s => $"关于做好{s.Pick(["2023年部门预算编制", "2022年度行政事业单位国有资产报告编制", "2022年部门决算编审", "2022年年终结算", "2022年预算绩效自评"])}工作的通知"),
        ], [new(14, T(Finance, s => $"2022年1-{s.PM}月全区财政收支情况", "03-03"))]),

        new("区民政局", 22, 0, 25, 15,
        [
            T(Finance, s => $"2022年第{s.Q}季度特困人员救助供养金发放情况公示", "15-02"),
            T(Notice, s => $"黄石港区养老机构名录（2022年{s.M}月更新）", "16-02"),
            T(WorkNews, s => $"区民政局在{s.Place}开展" + s.Pick(["困难群众走访慰问", "养老服务政策宣传", "社会救助政策进社区", "殡葬改革宣传", "婚姻登记服务进社区"]), weight: 3),
            T(Notice, s => $"关于开展{s.Pick(["2022年度社会组织年检", "困难群众冬季救助", "养老机构安全隐患排查", "低保对象家庭经济状况复核", "民政领域燃气安全检查"])}工作的通知"),
        ],
        [
            new(5, T(Notice, s => $"2022年{s.PM}月份城乡低保对象名单公示", "15-01")),
            new(22, T(Finance, s => $"2022年{s.PM}月份临时救助资金发放情况公示", "15-03")),
        ]),

        new("区人社局", 20, 0, 23, 14,
        [
            T(Finance, s => $"2022年第{s.Q}季度就业补助资金使用情况公示", "13-03"),
            T(Finance, s => $"2022年第{s.Q}季度社会保险待遇发放情况公示", "14-02"),
            T(Notice, s => $"黄石港区{s.Pick(["失业保险金申领指南", "职工养老保险转移接续指南", "就业见习补贴申领指南", "技能提升补贴申领指南"])}", "14-01"),
            T(WorkNews, s => $"区人社局开展{s.Pick(["根治欠薪专项行动", "职业技能培训", "劳动保障监察执法检查", "“春风行动”招聘会", "社保政策进企业活动"])}（{s.M}月）", weight: 3),
            T(WorkNews, s => $"区人社局在{s.Place}开展" + s.Pick(["就业政策宣传", "社保待遇资格认证服务", "“15分钟就业服务圈”宣传", "创业担保贷款政策宣讲", "劳动维权普法宣传"]), weight: 3),
            T(Other, s => $"人社政策问答（2022年第{s.N}期）", start: 5),
        ], [new(1, T(Notice, s => $"黄石港区2022年{s.M}月份企业用工岗位信息", "13-02"))]),
    ];

    // ----------------------------------------------------------------------------------------------
    // Generation and insertion.
    // ----------------------------------------------------------------------------------------------

    public static async Task<int> SeedAsync(
        AppDbContext db, IReadOnlyDictionary<string, Unit> unitsByName, IReadOnlyDictionary<string, DirectoryEntry> entries, CancellationToken cancellationToken)
    {
        var drafts = Drafts();
        var logins = DemoData.Units.ToDictionary(u => u.Name, u => u.Login);
        var sortOrder = DemoData.Units.Select((u, i) => (u.Name, i)).ToDictionary(x => x.Name, x => x.i);
        var random = new Random(20221021);

        // The portal's CMS numbers pages in publication order.
        var ordered = drafts.Select((d, i) => (Draft: d, Index: i))
            .OrderBy(x => x.Draft.On).ThenBy(x => sortOrder[x.Draft.Unit]).ThenBy(x => x.Index).Select(x => x.Draft).ToList();
        var publications = new List<Publication>(ordered.Count);
        var number = 1_086_400;
        foreach (var draft in ordered)
        {
            var login = logins[draft.Unit];
            number += 1 + random.Next(3);
            var url = draft.Channel switch
            {
                PublicationChannel.WeChat => "https://mp.weixin.qq.com/s/" + WeChatKey(random),
                PublicationChannel.NoticeBoard => null,
                _ => string.Create(Inv, $"http://www.hsdhsg.gov.cn/xxgk/{login}/{draft.On:yyyyMM}/t{draft.On:yyyyMMdd}_{number}.html"),
            };

            // Recorded during office hours, China time; one in ten back-filled a few days later.
            var recordedOn = draft.On.AddDays(random.Next(10) == 0 ? 1 + random.Next(3) : 0);
            var recordedAtUtc = recordedOn.ToDateTime(new TimeOnly(8 + random.Next(9), random.Next(60)), DateTimeKind.Utc).AddHours(-8);
            var publication = new Publication
            {
                UnitId = unitsByName[draft.Unit].Id,
                Title = draft.Title,
                PublishedOn = draft.On,
                Channel = draft.Channel,
                Url = url,
                Category = draft.Category,
                DirectoryEntryId = draft.Entry is null ? null : entries[draft.Entry].Id,
                NeedsInterpretation = draft.Interpret,
                Status = PublicationStatus.Published,
                RecordedBy = login,
                RecordedAtUtc = recordedAtUtc,
            };
            if (draft.WithdrawnReason is { } reason)
            {
                publication.Withdraw(reason, recordedAtUtc.AddHours(20 + random.Next(6)));
            }

            publications.Add(publication);
        }

        // Only inserts: EF's automatic change detection has nothing to find, and with a few thousand
        // tracked rows it would cost more than the inserts themselves (measured ~2x).
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.Publications.AddRange(publications);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        return publications.Count;
    }

    private static string WeChatKey(Random random)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return string.Create(22, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[r.Next(alphabet.Length)];
            }
        });
    }

    /// <summary>Every item, hand-written and generated; deterministic.</summary>
    private static List<Draft> Drafts()
    {
        var random = new Random(20221001);
        var all = Q3Streets.Concat(Q3Finance()).Concat(Q3CivilAffairs).Concat(Q3HumanResources).Concat(Q3Pinned).Concat(NotCounted).ToList();
        var titles = all.GroupBy(d => d.Unit).ToDictionary(g => g.Key, g => g.Select(d => d.Title).ToHashSet(StringComparer.Ordinal));

        foreach (var plan in Plans)
        {
            var used = titles.TryGetValue(plan.Unit, out var existing) ? existing : titles[plan.Unit] = new HashSet<string>(StringComparer.Ordinal);
            var numbers = plan.Topics.Concat(plan.Monthlies?.Select(m => m.Topic) ?? []).ToDictionary(t => t, t => t.Start);
            int[] counts = [plan.Q2, plan.Q3, plan.Q4];
            for (var q = 0; q < Quarters.Length; q++)
            {
                if (counts[q] == 0)
                {
                    continue;
                }

                var pinned = q == 1 ? Q3Pinned.Where(p => p.Unit == plan.Unit).ToList() : [];
                var linked = pinned.Count(p => p.Entry is not null);
                var quarter = new List<Draft>();
                foreach (var monthly in plan.Monthlies ?? [])
                {
                    for (var month = Quarters[q].From.Month; month <= Quarters[q].To.Month; month++)
                    {
                        var day = D(month, monthly.Day);
                        while (!IsWorkingDay(day))
                        {
                            day = day.AddDays(1);
                        }

                        var draft = Make(plan.Unit, monthly.Topic, day, random, numbers, used)
                            ?? throw new InvalidOperationException($"Demo data: no monthly title for {plan.Unit} on {day}.");
                        quarter.Add(Link(draft, ref linked, plan.LinkCap));
                    }
                }

                foreach (var day in SpreadDays(Quarters[q], counts[q] - quarter.Count - pinned.Count, random))
                {
                    quarter.Add(Link(Pick(plan, day, random, numbers, used), ref linked, plan.LinkCap));
                }

                all.AddRange(q == 0 ? EaseFirstDays(quarter) : quarter);
            }
        }

        return all;
    }

    /// <summary>
    /// The demo data starts on 2022-04-01 with nothing before it, so a unit's first three days must not
    /// hold 4 items: that would read as a burst after a silence (design §3) that never happened.
    /// </summary>
    private static List<Draft> EaseFirstDays(List<Draft> quarter)
    {
        var items = quarter.OrderBy(d => d.On).ToList();
        var first = items.Count == 0 ? default : items[0].On;
        while (items.Count(d => d.On <= first.AddDays(2)) >= 4)
        {
            var last = items.FindLastIndex(d => d.On <= first.AddDays(2));
            var later = first.AddDays(3);
            while (!IsWorkingDay(later))
            {
                later = later.AddDays(1);
            }

            items[last] = items[last] with { On = later };
            items = [.. items.OrderBy(d => d.On)];
        }

        return items;
    }

    /// <summary>Keeps the directory link while the unit is under its cap for the quarter.</summary>
    private static Draft Link(Draft draft, ref int linked, int cap)
    {
        if (draft.Entry is null)
        {
            return draft;
        }

        if (linked >= cap)
        {
            return draft with { Entry = null };
        }

        linked++;
        return draft;
    }

    /// <summary><paramref name="count"/> working days spread evenly over the quarter (one per stratum).</summary>
    private static IEnumerable<DateOnly> SpreadDays((DateOnly From, DateOnly To) quarter, int count, Random random)
    {
        var days = new List<DateOnly>();
        for (var day = quarter.From; day <= quarter.To; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        for (var i = 0; i < count; i++)
        {
            yield return days[(int)((i + random.NextDouble()) * days.Count / count)];
        }
    }

    private static Draft Pick(Plan plan, DateOnly day, Random random, Dictionary<Topic, int> numbers, HashSet<string> used)
    {
        var totalWeight = plan.Topics.Sum(t => t.Weight);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var roll = random.Next(totalWeight);
            var topic = plan.Topics.First(t => (roll -= t.Weight) < 0);
            if (Make(plan.Unit, topic, day, random, numbers, used) is { } draft)
            {
                // News happens on weekends too, now and then.
                var saturday = day.AddDays(1);
                if (draft.Category == WorkNews && random.Next(20) == 0 && day.DayOfWeek == DayOfWeek.Friday && !IsWorkingDay(saturday)
                    && (saturday.Month - 1) / 3 == (day.Month - 1) / 3)
                {
                    draft = draft with { On = saturday };
                }

                return draft;
            }
        }

        throw new InvalidOperationException($"Demo data: {plan.Unit} ran out of distinct titles on {day}.");
    }

    /// <summary>A draft from <paramref name="topic"/>, or null when its title is out of season or already used.</summary>
    private static Draft? Make(string unit, Topic topic, DateOnly day, Random random, Dictionary<Topic, int> numbers, HashSet<string> used)
    {
        var title = topic.Title(new Slot(random, unit, day, numbers[topic]));
        if (title is null || !used.Add(title))
        {
            return null;
        }

        numbers[topic]++;
        return new Draft(unit, day, title, topic.Category, topic.Entry, topic.Interpret);
    }
}
