using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Units;
using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class ScoringOptionsTests
{
    [Fact]
    public void The_defaults_are_the_thresholds_and_weights_of_the_design()
    {
        var options = new ScoringOptions();

        Assert.Equal(3, options.BurstWindowDays);
        Assert.Equal(4, options.BurstMinimumItems);
        Assert.Equal(21, options.QuietDaysBeforeBurst);
        Assert.Equal(7, options.ReminderWindowDays);
        Assert.Equal(14, options.DormantDays);
        Assert.Equal(3, options.InterpretationWorkingDays);
        Assert.Equal(21, options.LongSilenceDays);
        Assert.Equal((40, 20, 20, 20), (options.Weights.QuarterQuota, options.Weights.MonthlyRegularity, options.Weights.Interpretation, options.Weights.DirectoryCoverage));
        Assert.Equal([PublicationChannel.DisclosurePlatform], options.CountedChannelSet());
        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Streets_and_the_management_zone_owe_4_a_month_and_12_a_quarter_and_departments_nothing()
    {
        var options = new ScoringOptions();
        var fourAndTwelve = new QuotaPolicy { MonthlyMinimum = 4, QuarterlyMinimum = 12 };

        Assert.Equal(fourAndTwelve, options.QuotaFor(Street()));
        Assert.Equal(fourAndTwelve, options.QuotaFor(new UnitFacts(2, "江北管理区", UnitKind.ManagementZone)));
        Assert.Equal(QuotaPolicy.None, options.QuotaFor(Department()));
        Assert.Equal(QuotaPolicy.None, options.QuotaFor(new UnitFacts(3, "区融媒体中心", UnitKind.Other)));
    }

    [Fact]
    public void A_units_own_quota_replaces_its_kinds_quota()
    {
        var options = new ScoringOptions();
        options.UnitQuotas["区财政局"] = new QuotaPolicy { MonthlyMinimum = 2, QuarterlyMinimum = 6 };
        options.UnitQuotas["花湖街道"] = QuotaPolicy.None;

        Assert.Equal(new QuotaPolicy { MonthlyMinimum = 2, QuarterlyMinimum = 6 }, options.QuotaFor(Department("区财政局")));
        Assert.Equal(QuotaPolicy.None, options.QuotaFor(Street("花湖街道")));
        Assert.Equal(12, options.QuotaFor(Street("沈家营街道")).QuarterlyMinimum);
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_100_are_refused_and_nothing_is_scored_with_them()
    {
        var options = new ScoringOptions { Weights = new ScoreWeights { QuarterQuota = 50 } };

        Assert.Contains(options.Validate(), p => p.Contains("add up to 100 (they add up to 110)", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => Score(new ScoringInputs(), options: options));
    }

    [Fact]
    public void Other_weights_that_add_up_to_100_are_accepted()
    {
        var options = new ScoringOptions { Weights = new ScoreWeights { QuarterQuota = 50, MonthlyRegularity = 10 } };

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Thresholds_below_their_minimum_are_refused_one_line_each()
    {
        var options = new ScoringOptions { BurstWindowDays = 0, BurstMinimumItems = 0, DormantDays = 0, InterpretationWorkingDays = -1, QuietDaysBeforeBurst = -1, ReminderWindowDays = -1, LongSilenceDays = 0 };

        Assert.Equal(7, options.Validate().Count);
    }

    [Fact]
    public void A_negative_quota_or_an_empty_list_of_counted_channels_is_refused()
    {
        var options = new ScoringOptions { CountedChannels = [] };
        options.Quotas[UnitKind.Street] = new QuotaPolicy { MonthlyMinimum = -1 };

        Assert.Equal(2, options.Validate().Count);
    }

    [Fact]
    public void Configured_counted_channels_replace_the_default()
    {
        var options = new ScoringOptions { CountedChannels = [PublicationChannel.DisclosurePlatform, PublicationChannel.GovernmentWebsiteColumn] };

        Assert.Equal(2, options.CountedChannelSet().Count);
        Assert.Contains(PublicationChannel.GovernmentWebsiteColumn, options.CountedChannelSet());
    }

    [Fact]
    public void The_data_layer_reads_counts_from_21_days_before_the_quarter_to_2_days_after_and_reminders_from_7_days_before()
    {
        var window = QuarterScorer.InputWindow(Q3, new ScoringOptions());

        Assert.Equal(new ScoringWindow(D(6, 10), D(10, 2), D(6, 24), D(9, 30)), window);
    }
}
