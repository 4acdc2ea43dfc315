using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// Demo 基层政务公开标准目录: the district's 18 disclosure domains, picked from the State Council's 26
/// pilot domains (国办发〔2019〕54号) for an urban district — no farmland domains (农村集体土地征收, 扶贫,
/// 涉农补贴, 农村危房改造), and none whose publisher is a municipal branch rather than a district unit
/// (税收管理, 城乡规划, 生态环境, 户籍管理). Each entry names its responsible units, as domain.md's typical
/// mapping has it; street-level entries (街道级) belong to the five streets and the zone.
/// </summary>
/// <remarks>
/// Every department named here leaves at least one monthly or quarterly entry without a Q3 2022
/// publication (the seed's 一编了之), except 区财政局, 区民政局 and 区人社局, which cover all of theirs:
/// that is what makes them the bulletin's 比较完备 units. <see cref="DemoPublications"/> relies on it.
/// </remarks>
public static class DemoDirectory
{
    private const string Regulation = "《中华人民共和国政府信息公开条例》";
    private const string Within20WorkingDays = "信息形成或者变更之日起20个工作日内";
    private const string Website = "政府网站";
    private const string WebsiteAndBoard = "政府网站、公开查阅点";
    private const string Everyone = "全社会";
    private const string Specific = "特定群体";
    private const string District = "区级";
    private const string StreetLevel = "街道级";

    /// <summary>The five streets and the zone: the 公开主体 of every street-level entry.</summary>
    public static readonly string[] Streets = ["江北管理区", "花湖街道", "黄石港街道", "沈家营街道", "胜阳港街道"];

    private const string StreetPublisher = "各街道办事处、江北管理区";

    public sealed record DemoDomain(string Code, string Name);

    /// <summary>One directory row; <paramref name="Units"/> are unit names (the responsible units).</summary>
    public sealed record DemoEntry(
        string Code,
        string Level1,
        string Level2,
        string Content,
        string LegalBasis,
        string TimeLimit,
        DisclosureCycle Cycle,
        int? Days,
        bool WorkingDays,
        string Channels,
        string Audience,
        string Level,
        string[] Units);

    public static IReadOnlyList<DemoDomain> Domains { get; } =
    [
        new("01", "重大建设项目"),
        new("02", "公共资源交易"),
        new("03", "财政预决算"),
        new("04", "安全生产"),
        new("05", "国有土地上房屋征收与补偿"),
        new("06", "公共文化服务"),
        new("07", "公共法律服务"),
        new("08", "卫生健康"),
        new("09", "保障性住房"),
        new("10", "救灾"),
        new("11", "食品药品监管"),
        new("12", "城市综合执法"),
        new("13", "就业"),
        new("14", "社会保险"),
        new("15", "社会救助"),
        new("16", "养老服务"),
        new("17", "义务教育"),
        new("18", "市政服务"),
    ];

    private static DemoEntry Working(string code, string level1, string level2, string content, string basis, string channels, string audience, params string[] units) =>
        new(code, level1, level2, content, basis, Within20WorkingDays, DisclosureCycle.WithinDays, 20, true, channels, audience, District, units);

    private static DemoEntry Periodic(string code, string level1, string level2, string content, string basis, DisclosureCycle cycle, string channels, string audience, params string[] units) =>
        new(code, level1, level2, content, basis, cycle switch
        {
            DisclosureCycle.Monthly => "每月",
            DisclosureCycle.Quarterly => "每季度",
            DisclosureCycle.Annually => "每年",
            _ => throw new ArgumentOutOfRangeException(nameof(cycle)),
        }, cycle, null, true, channels, audience, District, units);

    private static DemoEntry Continuous(string code, string level1, string level2, string content, string basis, string timeLimit, string channels, params string[] units) =>
        new(code, level1, level2, content, basis, timeLimit, DisclosureCycle.Continuous, null, true, channels, Everyone, District, units);

    public static IReadOnlyList<DemoEntry> Entries { get; } =
    [
        // 01 重大建设项目 — 区发改局
        Working("01-01", "审批服务", "项目审批、核准、备案信息", "项目名称、项目代码、审批（核准、备案）事项、批复文号、批复日期、审批部门",
            Regulation + "《政府投资条例》《企业投资项目核准和备案管理条例》《国务院办公厅关于推进重大建设项目批准和实施领域政府信息公开的意见》（国办发〔2017〕94号）",
            Website, Everyone, "区发改局"),
        Periodic("01-02", "项目实施", "重大建设项目建设进展", "年度重大建设项目清单、开工、建设进度、竣工验收情况",
            Regulation + "《国务院办公厅关于推进重大建设项目批准和实施领域政府信息公开的意见》（国办发〔2017〕94号）",
            DisclosureCycle.Quarterly, Website, Everyone, "区发改局"),
        Working("01-03", "政策文件", "重大建设项目相关政策", "投资促进、项目管理等规范性文件及其解读",
            Regulation + "《政府投资条例》", Website, Everyone, "区发改局"),

        // 02 公共资源交易 — 区政务服务和大数据管理局（区公共资源交易中心）
        new("02-01", "交易公告", "工程建设项目招标、政府采购公告", "招标（采购）项目名称、预算金额、资格条件、获取文件时间地点、开标时间",
            Regulation + "《中华人民共和国招标投标法实施条例》《中华人民共和国政府采购法实施条例》《公共资源交易平台管理暂行办法》",
            "信息形成或者变更之日起5个工作日内", DisclosureCycle.WithinDays, 5, true, "政府网站、公共资源交易平台", Everyone, District, ["区政务服务和大数据管理局"]),
        new("02-02", "成交信息", "中标（成交）结果公告", "中标（成交）供应商名称、地址、中标（成交）金额、评审专家名单",
            "《中华人民共和国政府采购法实施条例》第四十三条《国务院办公厅关于推进公共资源配置领域政府信息公开的意见》（国办发〔2017〕97号）",
            "中标（成交）供应商确定之日起2个工作日内", DisclosureCycle.WithinDays, 2, true, "政府网站、公共资源交易平台", Everyone, District, ["区政务服务和大数据管理局"]),
        Periodic("02-03", "交易统计", "公共资源交易数据统计", "交易项目数量、交易金额、节约资金",
            Regulation + "《公共资源交易平台管理暂行办法》", DisclosureCycle.Quarterly, Website, Everyone, "区政务服务和大数据管理局"),

        // 03 财政预决算 — 区财政局
        new("03-01", "政府预决算", "区级政府预算、决算报告及报表", "政府预算、决算报告和报表，转移支付、政府债务、机关运行经费情况说明",
            "《中华人民共和国预算法》第十四条《中华人民共和国预算法实施条例》《地方预决算公开操作规程》（财预〔2016〕143号）",
            "经本级人民代表大会或者其常务委员会批准后20日内", DisclosureCycle.WithinDays, 20, false, WebsiteAndBoard, Everyone, District, ["区财政局"]),
        new("03-02", "部门预决算", "部门预算、决算及“三公”经费", "部门收支总表、财政拨款支出表、“三公”经费支出及说明",
            "《中华人民共和国预算法》第十四条《地方预决算公开操作规程》（财预〔2016〕143号）",
            "本级政府财政部门批复后20日内", DisclosureCycle.WithinDays, 20, false, Website, Everyone, District, ["区财政局"]),
        Periodic("03-03", "预算执行", "财政收支执行情况", "一般公共预算收支、政府性基金预算收支完成情况",
            "《中华人民共和国预算法》《中华人民共和国预算法实施条例》", DisclosureCycle.Monthly, Website, Everyone, "区财政局"),
        Periodic("03-04", "财政资金", "惠民惠农财政补贴资金发放", "补贴政策依据、补贴对象、补贴标准、发放金额",
            Regulation + "《关于进一步加强惠民惠农财政补贴资金“一卡通”管理的指导意见》（财农〔2019〕96号）",
            DisclosureCycle.Quarterly, WebsiteAndBoard, Everyone, "区财政局"),
        Periodic("03-05", "政府债务", "政府债务限额、余额及债券资金使用", "政府债务限额、余额，新增债券发行及资金使用情况",
            "《中华人民共和国预算法》《地方政府债务信息公开办法（试行）》（财预〔2018〕209号）",
            DisclosureCycle.Quarterly, Website, Everyone, "区财政局"),

        // 04 安全生产 — 区应急管理局
        Working("04-01", "执法检查", "安全生产行政执法信息", "执法检查计划、检查结果、行政处罚决定",
            "《中华人民共和国安全生产法》《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）",
            Website, Everyone, "区应急管理局"),
        new("04-02", "事故信息", "生产安全事故调查报告", "事故发生经过、原因、责任认定、处理意见及整改措施",
            "《中华人民共和国安全生产法》《生产安全事故报告和调查处理条例》", "调查报告批复后20日内",
            DisclosureCycle.WithinDays, 20, false, Website, Everyone, District, ["区应急管理局"]),
        Periodic("04-03", "执法统计", "安全生产执法统计信息", "检查企业数、发现隐患数、整改情况、处罚情况",
            "《中华人民共和国安全生产法》", DisclosureCycle.Quarterly, Website, Everyone, "区应急管理局"),

        // 05 国有土地上房屋征收与补偿 — 区住房和城市更新局
        Continuous("05-01", "征收决定", "房屋征收决定及公告", "征收范围、征收补偿方案、行政复议和行政诉讼权利",
            "《国有土地上房屋征收与补偿条例》第十三条", "征收决定作出后及时公开", "政府网站、征收范围内公告栏", "区住房和城市更新局"),
        Working("05-02", "补偿方案", "征收补偿方案征求意见及修改情况", "补偿方案征求意见稿、意见收集及采纳情况",
            "《国有土地上房屋征收与补偿条例》第十条、第十一条", WebsiteAndBoard, Specific, "区住房和城市更新局"),
        Periodic("05-03", "分户补偿", "分户补偿情况", "被征收人、补偿方式、补偿金额",
            "《国有土地上房屋征收与补偿条例》第二十九条", DisclosureCycle.Quarterly, "征收范围内公告栏", Specific, "区住房和城市更新局"),

        // 06 公共文化服务 — 区文化和旅游局
        Continuous("06-01", "公共文化设施", "公共文化服务设施名录", "设施名称、地址、开放时间、服务项目",
            "《中华人民共和国公共文化服务保障法》", "长期公开", WebsiteAndBoard, "区文化和旅游局"),
        Periodic("06-02", "文化活动", "公益性文化活动安排", "活动名称、时间、地点、参与方式",
            "《中华人民共和国公共文化服务保障法》", DisclosureCycle.Monthly, "政府网站、两微一端", Everyone, "区文化和旅游局"),
        Periodic("06-03", "文化惠民", "文化惠民工程实施情况", "项目名称、实施内容、资金使用、服务人次",
            "《中华人民共和国公共文化服务保障法》", DisclosureCycle.Quarterly, Website, Everyone, "区文化和旅游局"),

        // 07 公共法律服务 — 区司法局
        Working("07-01", "法律援助", "法律援助申请条件、程序及受理机构", "申请条件、所需材料、办理流程、受理机构地址电话",
            "《中华人民共和国法律援助法》", "政府网站、公共法律服务中心", Everyone, "区司法局"),
        Continuous("07-02", "人民调解", "人民调解组织及调解员名册", "调解组织名称、地址、联系方式，调解员名单",
            "《中华人民共和国人民调解法》", "长期公开", "政府网站、公共法律服务中心", "区司法局"),
        Periodic("07-03", "普法宣传", "普法依法治理工作情况", "“八五”普法规划落实、普法活动开展情况",
            Regulation + "《中共中央 国务院转发〈中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021－2025年）〉的通知》",
            DisclosureCycle.Quarterly, Website, Everyone, "区司法局"),

        // 08 卫生健康 — 区卫生健康局
        Continuous("08-01", "疾病防控", "传染病疫情信息及防控措施", "疫情防控通告、风险提示、接种服务安排",
            "《中华人民共和国传染病防治法》《中华人民共和国基本医疗卫生与健康促进法》", "实时公开", "政府网站、两微一端", "区卫生健康局"),
        Working("08-02", "基本公共卫生服务", "基本公共卫生服务项目", "服务项目、服务对象、服务机构及联系方式",
            "《中华人民共和国基本医疗卫生与健康促进法》", WebsiteAndBoard, Everyone, "区卫生健康局"),
        Periodic("08-03", "医疗机构", "医疗机构执业登记、校验信息", "医疗机构名称、地址、诊疗科目、校验结果",
            "《医疗机构管理条例》", DisclosureCycle.Quarterly, Website, Everyone, "区卫生健康局"),
        Periodic("08-04", "计划生育", "计划生育家庭奖励扶助", "扶助对象、扶助标准、资金发放情况",
            "《中华人民共和国人口与计划生育法》", DisclosureCycle.Annually, WebsiteAndBoard, Specific, "区卫生健康局"),

        // 09 保障性住房 — 区住房和城市更新局
        Working("09-01", "保障政策", "保障性住房政策", "公租房、保障性租赁住房准入条件、保障标准、申请流程",
            Regulation + "《公共租赁住房管理办法》《国务院办公厅关于加快发展保障性租赁住房的意见》（国办发〔2021〕22号）",
            Website, Everyone, "区住房和城市更新局"),
        new("09-02", "申请审核", "公租房申请审核结果公示", "申请人姓名（脱敏）、家庭人数、审核结果",
            "《公共租赁住房管理办法》第十一条", "制定或获取信息之日起10个工作日内，公示7个工作日",
            DisclosureCycle.WithinDays, 10, true, WebsiteAndBoard, Specific, District, ["区住房和城市更新局"]),
        Periodic("09-03", "分配退出", "保障性住房分配及退出情况", "房源信息、分配对象、配租结果、退出情况",
            "《公共租赁住房管理办法》", DisclosureCycle.Quarterly, WebsiteAndBoard, Everyone, "区住房和城市更新局"),

        // 10 救灾 — 区应急管理局；街道级
        Continuous("10-01", "灾害预警", "自然灾害预警及应急响应", "预警信息、应急响应启动与终止、避险提示",
            "《中华人民共和国突发事件应对法》《自然灾害救助条例》", "实时公开", "政府网站、两微一端、广播电视", "区应急管理局"),
        Working("10-02", "救灾款物", "救灾款物分配及使用", "款物来源、分配对象、发放数量及金额",
            "《自然灾害救助条例》第二十九条", WebsiteAndBoard, Everyone, "区应急管理局"),
        new("10-03", "避险转移", "受灾群众避险转移及生活救助", "转移安置点、救助对象、救助标准",
            "《自然灾害救助条例》", "及时公开", DisclosureCycle.Continuous, null, true, "社区公示栏（电子屏）、入户/现场", Everyone, StreetLevel, Streets),

        // 11 食品药品监管 — 区市场监督管理局
        Working("11-01", "监督抽检", "食品安全监督抽检信息", "抽检产品名称、被抽样单位、检验结果、不合格项目",
            "《中华人民共和国食品安全法》《食品安全抽样检验管理办法》", Website, Everyone, "区市场监督管理局"),
        new("11-02", "行政处罚", "食品药品行政处罚信息", "处罚决定书文号、当事人、违法事实、处罚内容",
            "《中华人民共和国行政处罚法》《市场监督管理行政处罚信息公示规定》", "行政处罚决定作出之日起20个工作日内",
            DisclosureCycle.WithinDays, 20, true, Website, Everyone, District, ["区市场监督管理局"]),
        Periodic("11-03", "日常监管", "食品生产经营日常监督检查结果", "检查对象、检查结果、整改要求",
            "《中华人民共和国食品安全法》《食品生产经营监督检查管理办法》", DisclosureCycle.Quarterly, WebsiteAndBoard, Everyone, "区市场监督管理局"),

        // 12 城市综合执法 — 区城市管理执法局
        Continuous("12-01", "执法依据", "执法主体、权责清单及执法流程", "执法主体、执法人员、权责清单、执法程序、救济途径",
            "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）",
            "长期公开", Website, "区城市管理执法局"),
        Working("12-02", "执法结果", "城市管理行政处罚决定", "处罚决定书文号、当事人、违法事实、处罚结果",
            "《中华人民共和国行政处罚法》《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）",
            Website, Everyone, "区城市管理执法局"),
        Periodic("12-03", "专项整治", "市容环境专项整治情况", "整治范围、整治内容、整治成效",
            "《城市市容和环境卫生管理条例》", DisclosureCycle.Monthly, Website, Everyone, "区城市管理执法局"),

        // 13 就业 — 区人社局；街道级
        Working("13-01", "就业政策", "就业创业政策法规", "就业创业扶持政策、申领条件、办理流程",
            Regulation + "《中华人民共和国就业促进法》", Website, Everyone, "区人社局"),
        Periodic("13-02", "就业服务", "招聘会及岗位信息", "招聘会时间地点、用工单位、岗位及要求",
            "《中华人民共和国就业促进法》《人力资源市场暂行条例》", DisclosureCycle.Monthly, "政府网站、两微一端、公开查阅点", Everyone, "区人社局"),
        Periodic("13-03", "补贴资金", "就业补助资金使用情况", "补贴项目、享受对象、补贴标准、发放金额",
            "《就业补助资金管理办法》（财社〔2017〕164号）", DisclosureCycle.Quarterly, WebsiteAndBoard, Everyone, "区人社局"),
        new("13-04", "就业援助", "公益性岗位开发及就业援助", "岗位名称、招聘人数、招聘条件、拟聘人员公示",
            "《中华人民共和国就业促进法》《就业补助资金管理办法》（财社〔2017〕164号）", Within20WorkingDays,
            DisclosureCycle.WithinDays, 20, true, "社区公示栏（电子屏）、政府网站", Specific, StreetLevel, Streets),

        // 14 社会保险 — 区人社局、区医疗保障局
        Working("14-01", "参保政策", "社会保险参保政策及缴费标准", "参保范围、缴费基数及比例、办理流程",
            Regulation + "《中华人民共和国社会保险法》", Website, Everyone, "区人社局"),
        Periodic("14-02", "待遇发放", "社会保险待遇发放及资格认证", "待遇调整、发放情况、资格认证安排",
            "《中华人民共和国社会保险法》", DisclosureCycle.Quarterly, WebsiteAndBoard, Specific, "区人社局"),
        Working("14-03", "医疗保险", "城乡居民基本医疗保险参保缴费", "参保对象、缴费标准、缴费期限、待遇标准",
            "《中华人民共和国社会保险法》《医疗保障基金使用监督管理条例》", Website, Everyone, "区医疗保障局"),
        Periodic("14-04", "基金监管", "医疗保障基金监督检查情况", "检查对象、发现问题、处理结果",
            "《医疗保障基金使用监督管理条例》", DisclosureCycle.Quarterly, Website, Everyone, "区医疗保障局"),

        // 15 社会救助 — 区民政局；街道级
        Periodic("15-01", "最低生活保障", "城乡低保政策、对象及资金发放", "保障标准、保障对象（脱敏）、资金发放情况",
            "《社会救助暂行办法》《最低生活保障审核确认办法》（民发〔2021〕57号）", DisclosureCycle.Monthly, WebsiteAndBoard, Everyone, "区民政局"),
        Periodic("15-02", "特困人员救助供养", "特困人员认定及救助供养", "认定条件、供养标准、供养金发放情况",
            "《社会救助暂行办法》《特困人员认定办法》（民发〔2021〕43号）", DisclosureCycle.Quarterly, WebsiteAndBoard, Everyone, "区民政局"),
        Working("15-03", "临时救助", "临时救助政策及资金发放", "救助对象、救助标准、审批程序、资金发放情况",
            "《社会救助暂行办法》《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）", WebsiteAndBoard, Everyone, "区民政局"),
        new("15-04", "救助审核", "社会救助申请受理及审核结果公示", "申请人（脱敏）、救助类别、家庭人口、审核意见",
            "《社会救助暂行办法》《最低生活保障审核确认办法》（民发〔2021〕57号）", "制定或获取信息之日起10个工作日内，公示7个工作日",
            DisclosureCycle.WithinDays, 10, true, "社区公示栏（电子屏）、政府网站", Specific, StreetLevel, Streets),

        // 16 养老服务 — 区民政局；街道级
        Working("16-01", "养老政策", "养老服务政策法规", "养老服务扶持政策、补贴标准、申请流程",
            Regulation + "《中华人民共和国老年人权益保障法》", Website, Everyone, "区民政局"),
        Periodic("16-02", "养老机构", "养老机构名录及监管信息", "机构名称、地址、床位数、收费标准、检查结果",
            "《养老机构管理办法》", DisclosureCycle.Quarterly, WebsiteAndBoard, Everyone, "区民政局"),
        new("16-03", "高龄津贴", "高龄津贴申领及发放公示", "享受对象（脱敏）、发放标准、发放金额",
            "《中华人民共和国老年人权益保障法》", "每季度", DisclosureCycle.Quarterly, null, true,
            "社区公示栏（电子屏）", Specific, StreetLevel, Streets),

        // 17 义务教育 — 区教育局
        Periodic("17-01", "招生入学", "义务教育招生政策及划片范围", "招生对象、划片范围、报名时间、所需材料",
            "《中华人民共和国义务教育法》", DisclosureCycle.Annually, "政府网站、两微一端", Everyone, "区教育局"),
        Continuous("17-02", "学校信息", "义务教育学校名录及办学条件", "学校名称、地址、办学规模、联系电话",
            "《中华人民共和国义务教育法》", "长期公开", Website, "区教育局"),
        Working("17-03", "学生资助", "学生资助政策及受助名单", "资助项目、资助标准、受助学生（脱敏）",
            Regulation + "《学生资助资金管理办法》", WebsiteAndBoard, Specific, "区教育局"),
        Periodic("17-04", "督导评估", "教育督导检查结果", "督导对象、督导内容、发现问题、整改要求",
            "《教育督导条例》", DisclosureCycle.Quarterly, Website, Everyone, "区教育局"),

        // 18 市政服务 — 区住房和城市更新局、区城市管理执法局
        Continuous("18-01", "供水供气", "计划停水停气通知", "停止供应的原因、范围、时间",
            "《城市供水条例》《城镇燃气管理条例》", "实时公开", "政府网站、两微一端、社区公示栏（电子屏）", "区住房和城市更新局"),
        Working("18-02", "市政设施", "市政道路、排水设施建设维护", "项目名称、施工范围、工期、交通影响",
            "《城市道路管理条例》《城镇排水与污水处理条例》", Website, Everyone, "区城市管理执法局"),
    ];

    /// <summary>Adds the domains, entries and responsible units; returns the entries by code.</summary>
    public static async Task<IReadOnlyDictionary<string, DirectoryEntry>> SeedAsync(
        AppDbContext db, IReadOnlyDictionary<string, Unit> unitsByName, CancellationToken cancellationToken)
    {
        var domains = Domains.Select((d, index) => new DisclosureDomain { Code = d.Code, Name = d.Name, SortOrder = (index + 1) * 10 })
            .ToDictionary(d => d.Code);
        var entries = new Dictionary<string, DirectoryEntry>();
        foreach (var demo in Entries)
        {
            var entry = new DirectoryEntry
            {
                Code = demo.Code,
                Level1 = demo.Level1,
                Level2 = demo.Level2,
                Content = demo.Content,
                LegalBasis = demo.LegalBasis,
                TimeLimitText = demo.TimeLimit,
                Cycle = demo.Cycle,
                CycleDays = demo.Days,
                CycleWorkingDays = demo.WorkingDays,
                Publisher = demo.Level == StreetLevel ? StreetPublisher : string.Join("、", demo.Units),
                Channels = demo.Channels,
                Audience = demo.Audience,
                Mode = "主动",
                Level = demo.Level,
                ResponsibleUnits = [.. demo.Units.Select(name => new DirectoryEntryUnit { UnitId = unitsByName[name].Id })],
            };
            domains[demo.Code[..2]].Entries.Add(entry);
            entries.Add(demo.Code, entry);
        }

        db.DisclosureDomains.AddRange(domains.Values);
        await db.SaveChangesAsync(cancellationToken);
        return entries;
    }
}
