using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// Demo new-media accounts as the Q3 2022 bulletin describes them on 2022-09-30: 黄石港街道 runs 8
/// WeChat accounts, 1 already cancelled (注销 filed) and 5 planned for closure; 13 accounts district-wide
/// are filed and compliant (operating, updated within 14 days); a few elsewhere are dormant, a
/// zombie, unfiled, or cancelled yet still operating, so every flag shows. Loads once.
/// </summary>
public static class DemoNewMedia
{
    private sealed record Demo(string Unit, string Name, NewMediaPlatform Platform, NewMediaStatus Status, DateOnly? LastUpdatedOn, params (FilingKind Kind, DateOnly On, string? Note)[] Filings);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly Demo[] Accounts =
    [
        // 黄石港街道: 2 compliant, 5 planned for closure, 1 cancelled. (9-17 is 13 days before 9-30: compliant
        // whether "dormant" starts at 14 days or after 14 days, so the 13 hold under either reading.)
        new("黄石港街道", "黄石港街道", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 28), (FilingKind.Opening, D(2019, 4, 12), null)),
        new("黄石港街道", "黄石港街道便民服务", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 17), (FilingKind.Opening, D(2020, 6, 1), null)),
        new("黄石港街道", "黄石港街道沿湖社区", NewMediaPlatform.WeChat, NewMediaStatus.ClosurePlanned, D(2022, 6, 30), (FilingKind.Opening, D(2019, 5, 20), null), (FilingKind.Change, D(2022, 9, 20), "已发布停更公告，拟关停")),
        new("黄石港街道", "黄石港街道胜利社区", NewMediaPlatform.WeChat, NewMediaStatus.ClosurePlanned, D(2022, 7, 8), (FilingKind.Opening, D(2019, 5, 20), null), (FilingKind.Change, D(2022, 9, 20), "已发布停更公告，拟关停")),
        new("黄石港街道", "黄石港街道红旗社区", NewMediaPlatform.WeChat, NewMediaStatus.ClosurePlanned, D(2022, 5, 16), (FilingKind.Opening, D(2019, 6, 3), null), (FilingKind.Change, D(2022, 9, 20), "已发布停更公告，拟关停")),
        new("黄石港街道", "黄石港街道江边社区", NewMediaPlatform.WeChat, NewMediaStatus.ClosurePlanned, D(2022, 4, 2), (FilingKind.Opening, D(2019, 6, 3), null), (FilingKind.Change, D(2022, 9, 20), "已发布停更公告，拟关停")),
        new("黄石港街道", "黄石港街道新港社区", NewMediaPlatform.WeChat, NewMediaStatus.ClosurePlanned, D(2022, 3, 11), (FilingKind.Opening, D(2020, 1, 8), null), (FilingKind.Change, D(2022, 9, 20), "已发布停更公告，拟关停")),
        new("黄石港街道", "黄石港街道青年之家", NewMediaPlatform.WeChat, NewMediaStatus.Cancelled, D(2022, 7, 29), (FilingKind.Opening, D(2019, 8, 1), null), (FilingKind.Cancellation, D(2022, 8, 26), "内容并入“黄石港街道”公众号")),

        // 11 more compliant accounts across the district (13 in all with 黄石港街道's 2).
        new("江北管理区", "江北管理区", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 29), (FilingKind.Opening, D(2019, 3, 18), null)),
        new("花湖街道", "花湖街道", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 26), (FilingKind.Opening, D(2019, 4, 2), null)),
        new("沈家营街道", "沈家营街道", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 30), (FilingKind.Opening, D(2019, 4, 9), null)),
        new("胜阳港街道", "胜阳港街道", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 21), (FilingKind.Opening, D(2019, 5, 6), null)),
        new("区政府办公室", "黄石港发布", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 30), (FilingKind.Opening, D(2018, 10, 15), null), (FilingKind.Change, D(2021, 3, 1), "运营主体变更为区政府办公室")),
        new("区政府办公室", "黄石港发布", NewMediaPlatform.Weibo, NewMediaStatus.Operating, D(2022, 9, 29), (FilingKind.Opening, D(2018, 10, 15), null)),
        new("区政府办公室", "黄石港发布", NewMediaPlatform.Douyin, NewMediaStatus.Operating, D(2022, 9, 27), (FilingKind.Opening, D(2021, 5, 10), null)),
        new("区教育局", "黄石港教育", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 28), (FilingKind.Opening, D(2019, 9, 2), null)),
        new("区卫生健康局", "黄石港卫健", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 29), (FilingKind.Opening, D(2020, 2, 3), null)),
        new("区人社局", "黄石港人社", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 23), (FilingKind.Opening, D(2019, 11, 11), null)),
        new("区市场监督管理局", "黄石港市场监管", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 19), (FilingKind.Opening, D(2020, 7, 20), null)),

        // The flags: dormant, a zombie, unfiled, cancelled yet still operating.
        new("区文化和旅游局", "黄石港文旅", NewMediaPlatform.Douyin, NewMediaStatus.Operating, D(2022, 9, 10), (FilingKind.Opening, D(2021, 3, 15), null)),
        new("区城市管理执法局", "黄石港城管", NewMediaPlatform.Weibo, NewMediaStatus.Operating, D(2022, 5, 20), (FilingKind.Opening, D(2018, 11, 20), null)),
        new("区民政局", "黄石港民政", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 27)),
        new("区退役军人事务局", "黄石港退役军人服务", NewMediaPlatform.WeChat, NewMediaStatus.Operating, D(2022, 9, 22), (FilingKind.Opening, D(2019, 5, 10), null), (FilingKind.Cancellation, D(2022, 7, 1), "注销备案已提交，账号仍在更新")),
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.NewMediaAccounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var units = await db.Units.ToDictionaryAsync(u => u.Name, u => u.Id, cancellationToken);
        foreach (var demo in Accounts.Where(a => units.ContainsKey(a.Unit)))
        {
            var account = new NewMediaAccount { UnitId = units[demo.Unit], Name = demo.Name, Platform = demo.Platform, LastUpdatedOn = demo.LastUpdatedOn };
            foreach (var (kind, on, note) in demo.Filings)
            {
                account.File(kind, on, note);
            }

            // The status as the unit keeps it, which is not always what the filings say (the point of the flags).
            account.Status = demo.Status;
            db.NewMediaAccounts.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
