using System.Globalization;
using System.Text;
using HuangshigangDisclosure.Core.Scoring;

namespace HuangshigangDisclosure.Core.Bulletins;

/// <summary>
/// Drafts a quarter's bulletin in the seed's structure and register (bulletin-2022Q3): the issuing office,
/// title, addressees, preamble, 一、总体情况 and 二、存在问题 written from the figures, and a default
/// 三、下步工作要求 for the office to rewrite. Every figure is a placeholder (<see cref="BulletinPlaceholders"/>),
/// so the draft keeps following the data until it is issued; which items and sentences appear depends on the
/// figures at drafting time (no problem item without a problem).
/// </summary>
public static class BulletinDrafter
{
    public static BulletinText Draft(BulletinFacts facts, BulletinOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        var quarter = Quarter.Parse(facts.Quarter);
        return new BulletinText
        {
            Office = options.Office,
            Title = $"{options.District}{quarter.ChineseLabel}政务公开工作情况通报",
            Addressees = options.Addressees,
            Preamble = string.Create(CultureInfo.InvariantCulture,
                $"根据《省人民政府办公厅关于印发{quarter.Year}年政务公开工作考评方案的通知》和《{options.District}{quarter.Year}年政务公开工作要点》，现将{quarter.ChineseLabel}政务公开工作情况通报如下："),
            Overview = Numbered(Overview(facts, quarter)),
            Problems = Numbered(Problems(facts, quarter)),
            Requirements = Numbered(Requirements(quarter)),
        };
    }

    private static string T(string name) => BulletinPlaceholders.TokenOf(name);

    /// <summary>第三季度: the quarter without its year, as the body refers to it.</summary>
    private static string Short(Quarter quarter) => quarter.ChineseLabel[(quarter.ChineseLabel.IndexOf('年', StringComparison.Ordinal) + 1)..];

    /// <summary>Items as (lead, body, extra paragraphs); numbered （一）（二）… in order.</summary>
    private static string Numbered(IEnumerable<(string Lead, string Body, string[] Extra)> items)
    {
        var text = new StringBuilder();
        var n = 0;
        foreach (var (lead, body, extra) in items)
        {
            n++;
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append('（').Append(ChineseNumerals.Of(n)).Append('）').Append(lead).Append(body);
            foreach (var paragraph in extra)
            {
                text.Append('\n').Append(paragraph);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(string, string, string[])> Overview(BulletinFacts f, Quarter quarter)
    {
        var directory = new StringBuilder($"根据省、市今年政务公开工作要点，我区明确了{T("公开领域数")}个基层政务公开领域，经部门配合协调，{T("目录编制情况")}。");
        directory.Append("该目录是各部门开展政务公开工作的标准与规范");
        directory.Append(f.Directory.Domains > 0 && f.Directory.DomainsWithEntries >= f.Directory.Domains
            ? "，目录编制完成标志着我区基层政务公开工作进入全面推进、深化内容阶段。"
            : "，各相关部门要加快推进，尽早完成目录编制。");
        yield return ("基层政务公开进一步规范。", directory.ToString(), []);

        var organisation = new StringBuilder(f.Trainings.Count > 0 ? $"自{T("培训会")}后，" : "本季度，");
        organisation.Append("各部门积极对接，压实责任，明确了各单位的具体负责人及分管领导，全区政务公开联络机制进一步完善。");
        organisation.Append("同时，各部门相关负责人认真学习政府门户网站子平台操作教程，不断提升政务公开业务能力，推进各部门子平台建设。");
        organisation.Append(CultureInfo.InvariantCulture, $"在{Short(quarter)}中，我区共主动公开信息条目{T("全区信息总数")}条");
        organisation.Append(f.MostComplete.Count > 0 ? $"，其中政府信息主动公开比较完备的有：{T("比较完备单位")}。" : "。");
        yield return ("组织保障进一步加强。", organisation.ToString(), []);

        if (f.NewMedia.Accounts > 0)
        {
            var media = new StringBuilder();
            if (f.NewMediaClosures.Count > 0)
            {
                media.Append(CultureInfo.InvariantCulture, $"为解决我区政务新媒体过多过滥、管理不足、传播效益不佳的问题，{T("新媒体关停情况")}，集中力量加强对基层政务新媒体的精细化管理，推进基层政务新媒体高质高效发展。");
            }

            media.Append(CultureInfo.InvariantCulture, $"目前全区{T("新媒体合规数")}个政务新媒体严格落实了《湖北省政务新媒体管理办法（试行）》备案要求，履行开设、变更、关停、注销备案职责，信息发布和更新及时有效，不存在过度娱乐化内容");
            media.Append(f.NewMedia.Dormant + f.NewMedia.Unfiled > 0 ? $"；但仍有{T("新媒体问题")}，相关单位要尽快整改。" : "。");
            yield return ("政务新媒体建设进一步完善。", media.ToString(), []);
        }
    }

    private static IEnumerable<(string, string, string[])> Problems(BulletinFacts f, Quarter quarter)
    {
        if (f.PeopleGaps.Count > 0)
        {
            var people = new StringBuilder("有的单位工作人员对政务公开职责不清楚不了解。");
            if (f.PeopleGaps.Any(g => g.Untrained.Count > 0))
            {
                people.Append("有的单位安排不相关业务科室工作人员临时参加政务公开培训会，具体负责人、联络员未参加培训。");
            }

            if (f.PeopleGaps.Any(g => g.UntrainedSuccessors.Count > 0))
            {
                people.Append("有的单位参训人员离职或不再负责政务公开工作后，未及时与新的负责人员做好工作交接，影响后续工作的顺利开展。");
            }

            people.Append(CultureInfo.InvariantCulture, $"目前，{T("培训缺口")}。");
            yield return ("个别单位政务公开工作重视不够、责任落实不到位。", people.ToString(), []);
        }

        var missed = f.Streets.Any(s => s.Met != true);
        var irregular = f.Silences.Count + f.Bursts.Count > 0;
        if (f.Streets.Count > 0 && (missed || irregular))
        {
            var streets = new StringBuilder("街道（管理区）信息公开平台更新频次不足，栏目建设单调，内容运营贫乏。");
            streets.Append(CultureInfo.InvariantCulture, $"按照要求，各街道（管理区）信息公开平台每月需更新政府信息{T("月度考核条数")}条，每季度更新{T("季度考核条数")}条，");
            streets.Append(CultureInfo.InvariantCulture, $"目前各街道（管理区）{Short(quarter)}中更新政府信息平均条数为{T("街道平均条数")}条");
            streets.Append(f.StreetAverage < f.StreetQuarterMinimum ? "，更新条目数不足" : "");
            streets.Append(CultureInfo.InvariantCulture, $"，其中：{T("街道更新情况")}，{T("达标情况")}。");
            var extra = new List<string> { T(BulletinPlaceholders.StreetTable) };
            if (irregular)
            {
                extra.Add($"另一方面，更新没有形成常态化机制，平台长时间不更新，经提醒后一次性更新数条信息，临时应付痕迹明显，如{T("更新问题")}。公开的内容质量不高，直接影响全区政务公开工作在全市考评分数和考核排名。");
            }

            yield return ("街道（管理区）公开政府信息主动性不强、公开预期不到位。", streets.ToString(), [.. extra]);
        }

        var diversified = f.Interpretations.Any(i => i.Forms.Any(form => form != "文字"));
        if (f.Interpretations.Count == 0 || !diversified)
        {
            yield return ("多样化政策解读未落实、经费投入不到位。",
                "多样化政策解读版块建设一直是全区各部门、各街道（管理区）的薄弱环节，是导致年终考核的易失分重点领域。"
                + "目前，各部门、各街道（管理区）均存在政策解读不充分的问题，一些涉及面广，与企业、群众关系密切的政策文件也未及时关联解读，"
                + $"各相关单位多样化政策解读缺乏人才支撑，且专项经费投入也不到位，{T("解读情况")}，距离省考核指标的相关要求有较大差距。",
                []);
        }
    }

    /// <summary>The office's section: a default in the seed's words, to be rewritten each quarter.</summary>
    private static IEnumerable<(string, string, string[])> Requirements(Quarter quarter)
    {
        var deadline = quarter.End.AddMonths(1);
        yield return ("强化责任担当。",
            "各相关部门要深化对政务公开工作的思想认识，充分把握公开目录的要求，履行规范公开职责。要结合本部门政务公开标准指引，根据实际情况，研究制定本部门常态化政府信息公开发布机制，及时公开政府信息，做到不遗漏不错发，应公开尽公开。",
            []);
        yield return ("加强信息公开。",
            "各相关部门要对标对表省考核指标，搜集整理以往遗漏公开内容，补齐相关公开资料，完善公开内容，提升公开质效。"
            + string.Create(CultureInfo.InvariantCulture, $"确保{deadline.Month}月底前补齐基础公开内容，")
            + "区政务公开领导小组将对不配合、履职尽责不到位的部门予以通报。",
            []);
        yield return ("提高解读质量。",
            "对于涉及面广、社会关注度高的政策，要加大投入力度，多用客观数据、生动案例，制作图文、图表、视频、动漫等解读材料，采用直播、问答或新闻发布会等形式，开展立体式、多方位解读，真正让群众喜欢看，能理解。",
            []);
    }
}
