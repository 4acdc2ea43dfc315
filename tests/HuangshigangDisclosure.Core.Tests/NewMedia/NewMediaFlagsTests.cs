using HuangshigangDisclosure.Core.NewMedia;

namespace HuangshigangDisclosure.Core.Tests.NewMedia;

public class NewMediaFlagsTests
{
    private static readonly NewMediaOptions Defaults = new();
    private static readonly DateOnly CheckDay = new(2022, 9, 30);

    private static DateOnly D(int month, int day) => new(2022, month, day);

    /// <summary>An operating account opened on 2022-03-01, last updated on <paramref name="lastUpdated"/>.</summary>
    private static NewMediaFlag Flags(DateOnly? lastUpdated, NewMediaStatus status = NewMediaStatus.Operating) =>
        NewMediaFlags.Of(new NewMediaFacts(status, lastUpdated, D(3, 1), D(3, 1), null), CheckDay, Defaults);

    [Fact]
    public void An_account_updated_14_days_before_the_check_day_is_not_dormant()
    {
        // 9-30 minus 9-16 = 14 days without update: within the 2 weeks the inspection allows.
        Assert.Equal(NewMediaFlag.None, Flags(D(9, 16)));
        Assert.Equal(14, NewMediaFlags.DaysWithoutUpdate(new NewMediaFacts(NewMediaStatus.Operating, D(9, 16), null, null, null), CheckDay));
    }

    [Fact]
    public void An_account_updated_15_days_before_the_check_day_is_dormant() =>
        Assert.Equal(NewMediaFlag.Dormant, Flags(D(9, 15)));

    [Fact]
    public void An_account_updated_on_the_check_day_is_fine() =>
        Assert.Equal(NewMediaFlag.None, Flags(CheckDay));

    [Fact]
    public void An_account_silent_90_days_is_dormant_but_not_yet_a_zombie()
    {
        // 2022-07-02 to 2022-09-30: 29 + 31 + 30 = 90 days.
        Assert.Equal(NewMediaFlag.Dormant, Flags(D(7, 2)));
    }

    [Fact]
    public void An_account_silent_91_days_is_a_zombie_and_dormant() =>
        Assert.Equal(NewMediaFlag.Dormant | NewMediaFlag.Zombie, Flags(D(7, 1)));

    [Theory]
    [InlineData(NewMediaStatus.ClosurePlanned)]
    [InlineData(NewMediaStatus.Suspended)]
    [InlineData(NewMediaStatus.Cancelled)]
    public void An_account_that_is_not_operating_is_never_dormant(NewMediaStatus status) =>
        Assert.Equal(NewMediaFlag.None, Flags(D(1, 1), status));

    [Fact]
    public void Thresholds_come_from_the_options()
    {
        var options = new NewMediaOptions { DormantDays = 7, ZombieDays = 30 };
        var facts = new NewMediaFacts(NewMediaStatus.Operating, D(9, 22), D(3, 1), D(3, 1), null);

        Assert.Equal(NewMediaFlag.Dormant, NewMediaFlags.Of(facts, CheckDay, options));
        Assert.Equal(NewMediaFlag.None, NewMediaFlags.Of(facts with { LastUpdatedOn = D(9, 23) }, CheckDay, options));
        Assert.Equal(NewMediaFlag.Dormant | NewMediaFlag.Zombie, NewMediaFlags.Of(facts with { LastUpdatedOn = D(8, 30) }, CheckDay, options));
    }

    [Fact]
    public void An_operating_account_without_an_opening_filing_is_unfiled()
    {
        var facts = new NewMediaFacts(NewMediaStatus.Operating, D(9, 29), null, null, null);
        Assert.Equal(NewMediaFlag.Unfiled, NewMediaFlags.Of(facts, CheckDay, Defaults));
    }

    [Fact]
    public void An_unfiled_account_planned_for_closure_is_not_flagged()
    {
        var facts = new NewMediaFacts(NewMediaStatus.ClosurePlanned, D(9, 29), null, null, null);
        Assert.Equal(NewMediaFlag.None, NewMediaFlags.Of(facts, CheckDay, Defaults));
    }

    [Fact]
    public void A_cancellation_filed_while_the_account_is_still_operating_is_flagged()
    {
        var facts = new NewMediaFacts(NewMediaStatus.Operating, D(9, 29), D(3, 1), D(3, 1), D(8, 20));
        Assert.Equal(NewMediaFlag.CancelledButOperating, NewMediaFlags.Of(facts, CheckDay, Defaults));
    }

    [Fact]
    public void A_reopening_filed_after_the_cancellation_clears_the_flag()
    {
        var facts = new NewMediaFacts(NewMediaStatus.Operating, D(9, 29), D(3, 1), D(9, 1), D(8, 20));
        Assert.Equal(NewMediaFlag.None, NewMediaFlags.Of(facts, CheckDay, Defaults));
    }

    [Fact]
    public void With_no_update_on_record_the_days_count_from_the_opening_filing()
    {
        var opened = new NewMediaFacts(NewMediaStatus.Operating, null, D(9, 20), D(9, 20), null);
        Assert.Equal(NewMediaFlag.None, NewMediaFlags.Of(opened, CheckDay, Defaults));
        Assert.Equal(NewMediaFlag.Dormant, NewMediaFlags.Of(opened with { FirstOpenedOn = D(9, 1), LastOpenedOn = D(9, 1) }, CheckDay, Defaults));
    }

    [Fact]
    public void With_neither_an_update_nor_a_filing_an_account_is_flagged_everything_it_can_be()
    {
        var facts = new NewMediaFacts(NewMediaStatus.Operating, null, null, null, null);
        Assert.Equal(NewMediaFlag.Dormant | NewMediaFlag.Zombie | NewMediaFlag.Unfiled, NewMediaFlags.Of(facts, CheckDay, Defaults));
        Assert.Null(NewMediaFlags.DaysWithoutUpdate(facts, CheckDay));
    }

    [Fact]
    public void Compliant_means_operating_filed_and_updated_in_time()
    {
        Assert.True(NewMediaFlags.IsCompliant(new NewMediaFacts(NewMediaStatus.Operating, D(9, 16), D(3, 1), D(3, 1), null), CheckDay, Defaults));
        Assert.False(NewMediaFlags.IsCompliant(new NewMediaFacts(NewMediaStatus.Operating, D(9, 15), D(3, 1), D(3, 1), null), CheckDay, Defaults));
        Assert.False(NewMediaFlags.IsCompliant(new NewMediaFacts(NewMediaStatus.ClosurePlanned, D(9, 16), D(3, 1), D(3, 1), null), CheckDay, Defaults));
    }

    [Fact]
    public void Facts_of_an_account_come_from_its_filings()
    {
        var account = new NewMediaAccount { Name = "黄石港发布", LastUpdatedOn = D(9, 28) };
        account.File(FilingKind.Opening, D(1, 10), null);
        account.File(FilingKind.Change, D(4, 2), "更名");
        account.File(FilingKind.Cancellation, D(6, 30), null);
        account.File(FilingKind.Opening, D(7, 5), "重新开设");

        var facts = NewMediaFacts.Of(account);

        Assert.Equal(new NewMediaFacts(NewMediaStatus.Operating, D(9, 28), D(1, 10), D(7, 5), D(6, 30)), facts);
        Assert.Equal(NewMediaFlag.None, NewMediaFlags.Of(account, CheckDay, Defaults));
    }

    [Fact]
    public void Filing_a_suspension_or_cancellation_sets_the_status_and_a_change_keeps_it()
    {
        var account = new NewMediaAccount { Name = "花湖街道", Status = NewMediaStatus.ClosurePlanned };
        account.File(FilingKind.Change, D(9, 1), null);
        Assert.Equal(NewMediaStatus.ClosurePlanned, account.Status);
        account.File(FilingKind.Suspension, D(9, 2), null);
        Assert.Equal(NewMediaStatus.Suspended, account.Status);
        account.File(FilingKind.Cancellation, D(9, 3), null);
        Assert.Equal(NewMediaStatus.Cancelled, account.Status);
        account.File(FilingKind.Opening, D(9, 4), null);
        Assert.Equal(NewMediaStatus.Operating, account.Status);
    }

    [Fact]
    public void Defaults_are_14_and_90_days_and_a_zombie_threshold_below_the_dormant_one_is_inconsistent()
    {
        Assert.Equal((14, 90), (Defaults.DormantDays, Defaults.ZombieDays));
        Assert.True(Defaults.IsConsistent);
        Assert.False(new NewMediaOptions { DormantDays = 30, ZombieDays = 30 }.IsConsistent);
    }

    [Fact]
    public void Names_are_chinese_and_read_back()
    {
        Assert.Equal(["微信公众号", "微博", "抖音", "今日头条", "其他"], NewMediaNames.Platforms.All.Select(p => p.ChineseName()));
        Assert.Equal(["开设", "变更", "关停", "注销"], NewMediaNames.FilingKinds.All.Select(k => k.ChineseName()));
        Assert.Equal("拟关停", NewMediaStatus.ClosurePlanned.ChineseName());
        Assert.True(NewMediaNames.Platforms.TryParse("公众号", out var platform) && platform == NewMediaPlatform.WeChat);
    }
}
