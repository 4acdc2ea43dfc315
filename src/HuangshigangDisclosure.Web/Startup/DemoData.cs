using System.Diagnostics;
using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// Demo data for Development (or <c>--demo</c>): the units the Q3 2022 bulletin names plus the
/// district's other departments, their people, an account per role, the disclosure directory
/// (<see cref="DemoDirectory"/>) and Q2–Q4 2022 publications that reproduce the bulletin's figures
/// (<see cref="DemoPublications"/>). Never loaded in Production unless asked for. Loads once: a
/// database that has units is left alone.
/// </summary>
public static class DemoData
{
    /// <summary>Every demo account's password; the log-in page shows it in Development only.</summary>
    public const string Password = "Hsg@2022demo";

    public sealed record DemoUnit(string Name, string ShortName, UnitKind Kind, string Login, string PersonInCharge, string LeaderInCharge, string Liaison, string Phone);

    /// <summary>In the office's customary order: the zone and streets first, then the departments.</summary>
    public static IReadOnlyList<DemoUnit> Units { get; } =
    [
        new("江北管理区", "江北", UnitKind.ManagementZone, "jiangbei", "刘建华", "陈志强", "王丽娟", "0714-6251031"),
        new("花湖街道", "花湖", UnitKind.Street, "huahu", "张敏", "李国平", "赵雪梅", "0714-6252042"),
        new("黄石港街道", "黄石港", UnitKind.Street, "huangshigang", "周晓燕", "吴德明", "孙婷", "0714-6253053"),
        new("沈家营街道", "沈家营", UnitKind.Street, "shenjiaying", "胡文静", "郑长青", "冯佳", "0714-6254064"),
        new("胜阳港街道", "胜阳港", UnitKind.Street, "shengyanggang", "彭小红", "徐海涛", "何琳", "0714-6255075"),
        new("区政府办公室", "区政府办", UnitKind.Department, "zfb", "石磊", "黄志勇", "柯静", "0714-6221001"),
        new("区发改局", "发改局", UnitKind.Department, "fgj", "曹阳", "余建军", "程芳", "0714-6221012"),
        new("区财政局", "财政局", UnitKind.Department, "czj", "袁丽", "潘国华", "邓晓琳", "0714-6221023"),
        new("区民政局", "民政局", UnitKind.Department, "mzj", "汪静", "方明", "梅雪", "0714-6221034"),
        new("区人社局", "人社局", UnitKind.Department, "rsj", "蔡红", "任志华", "朱莉", "0714-6221045"),
        new("区司法局", "司法局", UnitKind.Department, "sfj", "田野", "万军", "罗敏", "0714-6221056"),
        new("区统计局", "统计局", UnitKind.Department, "tjj", "姚远", "贺斌", "严丹", "0714-6221067"),
        new("区教育局", "教育局", UnitKind.Department, "jyj", "范晓东", "龚建平", "谢琳", "0714-6221078"),
        new("区卫生健康局", "卫健局", UnitKind.Department, "wjj", "殷红霞", "熊伟", "肖雅", "0714-6221089"),
        new("区住房和城市更新局", "住建局", UnitKind.Department, "zjj", "钱坤", "戴卫东", "秦月", "0714-6221090"),
        new("区应急管理局", "应急局", UnitKind.Department, "yjj", "唐海", "宋立新", "苏畅", "0714-6221101"),
        new("区市场监督管理局", "市场监管局", UnitKind.Department, "scjgj", "邹平", "蒋文", "金晶", "0714-6221112"),
        new("区城市管理执法局", "城管执法局", UnitKind.Department, "cgj", "杜强", "雷鸣", "叶青", "0714-6221123"),
        new("区退役军人事务局", "退役军人局", UnitKind.Department, "tyjrj", "魏东", "丁建国", "夏雨", "0714-6221134"),
        new("区文化和旅游局", "文旅局", UnitKind.Department, "wlj", "沈佳", "陆海", "许诺", "0714-6221145"),
        new("区医疗保障局", "医保局", UnitKind.Department, "ybj", "姜涛", "卢斌", "韩梅", "0714-6221156"),
        new("区审计局", "审计局", UnitKind.Department, "sjj", "傅蓉", "阎明", "白露", "0714-6221167"),
        new("区商务局", "商务局", UnitKind.Department, "swj", "顾磊", "史文", "江燕", "0714-6221178"),
        new("区科技和经济信息化局", "科经局", UnitKind.Department, "kjj", "邱实", "孔亮", "常青", "0714-6221189"),
        new("区政务服务和大数据管理局", "政务服务局", UnitKind.Department, "zwfwj", "廖凡", "段宏", "武洁", "0714-6221190"),
    ];

    /// <summary>The demo accounts as the log-in page lists them: user name, role, unit.</summary>
    public static IEnumerable<(string UserName, string Role, string? Unit)> Accounts =>
        new[] { ("admin", AppRoles.Admin, (string?)null), ("leader", AppRoles.Leader, null) }
            .Concat(Units.Select(u => (u.Login, AppRoles.Liaison, (string?)u.Name)));

    private static readonly DateOnly MechanismSince = new(2022, 1, 1);

    public static async Task SeedAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();

        var units = Units.Select((demo, index) =>
        {
            var unit = new Unit { Name = demo.Name, ShortName = demo.ShortName, Kind = demo.Kind, SortOrder = (index + 1) * 10 };
            unit.AddPerson(new UnitPerson { Role = PersonRole.PersonInCharge, Name = demo.PersonInCharge, Phone = demo.Phone, Position = "办公室主任", EffectiveFrom = MechanismSince });
            unit.AddPerson(new UnitPerson { Role = PersonRole.LeaderInCharge, Name = demo.LeaderInCharge, Phone = demo.Phone, Position = "副职领导", EffectiveFrom = MechanismSince });
            unit.AddPerson(new UnitPerson { Role = PersonRole.Liaison, Name = demo.Liaison, Phone = demo.Phone, Position = "办公室科员", EffectiveFrom = MechanismSince });
            return unit;
        }).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);

        // The seed's problem 1: the liaison sent to the August training left in September, and the
        // unit named a successor who never attended a training.
        var huahu = units.Single(u => u.Name == "花湖街道");
        var leaving = huahu.People.Single(p => p.Role == PersonRole.Liaison);
        huahu.ReplacePerson(leaving, new UnitPerson { Name = "高远", Phone = "0714-6252043", Position = "党政办科员", Role = PersonRole.Liaison },
            new DateOnly(2022, 9, 15), "原联络员调离，参加8月培训的人员已不再负责政务公开工作");
        await db.SaveChangesAsync(cancellationToken);

        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        // Password hashing is slow on purpose (PBKDF2) and every demo account shares one password: the
        // first account is created with it (so the password rules still apply), the others reuse its
        // hash. Start-up, and every test class, saves one slow hash per account.
        var admin = await CreateAsync(users, "admin", "区政务公开办 管理员", AppRoles.Admin, null, passwordHash: null);
        await CreateAsync(users, "leader", "区政府 分管领导", AppRoles.Leader, null, admin.PasswordHash);
        foreach (var (demo, unit) in Units.Zip(units))
        {
            await CreateAsync(users, demo.Login, $"{demo.ShortName}联络员", AppRoles.Liaison, unit.Id, admin.PasswordHash);
        }

        var unitsByName = units.ToDictionary(u => u.Name);
        var entries = await DemoDirectory.SeedAsync(db, unitsByName, cancellationToken);
        var publications = await DemoPublications.SeedAsync(db, unitsByName, entries, cancellationToken);

        logger.LogInformation(
            "Loaded demo data in {Elapsed} ms: {Units} units and their accounts (password {Password}), {Domains} disclosure domains, {Entries} directory entries, {Publications} publications.",
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, units.Count, Password, DemoDirectory.Domains.Count, entries.Count, publications);
        await DemoInterpretations.SeedAsync(services, logger, cancellationToken);
        await DemoNewMedia.SeedAsync(db, cancellationToken);
        await DemoReminders.SeedAsync(db, cancellationToken);
        await DemoTraining.SeedAsync(db, cancellationToken);
    }

    private static async Task<ApplicationUser> CreateAsync(UserManager<ApplicationUser> users, string userName, string displayName, string role, int? unitId, string? passwordHash)
    {
        var user = new ApplicationUser { UserName = userName, DisplayName = displayName, UnitId = unitId, PasswordHash = passwordHash };
        var result = passwordHash is null ? await users.CreateAsync(user, Password) : await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {userName}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }
}
