using HuangshigangDisclosure.Core.Scoring;
using static HuangshigangDisclosure.Core.NewMedia.NewMediaStatus;
using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class DirectoryNewMediaPeopleTests
{
    private static NewMediaFigures NewMedia(params NewMediaFact[] accounts) =>
        One(new ScoringInputs { Units = [Street("黄石港街道")], NewMedia = accounts }).NewMedia;

    [Fact]
    public void Directory_coverage_is_the_share_of_due_entries_covered_with_the_linked_items_beside_it()
    {
        var unit = One(new ScoringInputs { Units = [Department()], Directory = [new DirectoryFact(100, 5, 5, 35)] });

        Assert.Equal(new DirectoryFigures(5, 5, 35), unit.Directory);
        Assert.Equal(1m, unit.Directory.Coverage);
    }

    [Fact]
    public void Two_of_three_due_entries_covered_is_two_thirds()
    {
        var unit = One(new ScoringInputs { Units = [Department()], Directory = [new DirectoryFact(100, 3, 2, 4)] });

        Assert.Equal(2m / 3m, unit.Directory.Coverage);
    }

    [Fact]
    public void With_no_entry_due_coverage_is_empty_never_100_percent()
    {
        var unit = One(Department());

        Assert.Equal(DirectoryFigures.Empty, unit.Directory);
        Assert.Null(unit.Directory.Coverage);
    }

    [Fact]
    public void An_operating_account_last_updated_15_days_ago_is_dormant_and_14_days_ago_is_not()
    {
        // Judged on the quarter's last day, 9-30: 9-15 is 15 days before, 9-16 is 14 (the rule of NewMediaFlags and the new-media pages).
        var figures = NewMedia(new(1, Operating, D(9, 15), true, false), new(1, Operating, D(9, 16), true, false));

        Assert.Equal((2, 2, 1, 1), (figures.Accounts, figures.Operating, figures.Dormant, figures.Compliant));
    }

    [Fact]
    public void An_operating_account_never_updated_is_dormant()
    {
        Assert.Equal(1, NewMedia(new NewMediaFact(1, Operating, null, true, false)).Dormant);
    }

    [Fact]
    public void An_account_planned_for_closure_or_suspended_is_never_dormant_nor_counted_compliant()
    {
        var figures = NewMedia(new(1, ClosurePlanned, D(1, 1), true, false), new(1, Suspended, D(1, 1), true, true));

        Assert.Equal((0, 0, 1, 1, 0), (figures.Dormant, figures.Operating, figures.ClosurePlanned, figures.Suspended, figures.Compliant));
    }

    [Fact]
    public void An_account_without_an_opening_filing_is_unfiled_and_not_compliant()
    {
        var figures = NewMedia(new NewMediaFact(1, Operating, D(10, 20), OpeningFiled: false, ClosureFiled: false));

        Assert.Equal((1, 0), (figures.Unfiled, figures.Compliant));
    }

    [Fact]
    public void A_suspended_or_cancelled_account_without_its_closing_filing_is_unfiled()
    {
        var figures = NewMedia(new(1, Suspended, D(8, 1), true, false), new(1, Cancelled, D(8, 1), true, false), new(1, Cancelled, D(8, 1), true, true));

        Assert.Equal((3, 2, 0, 1, 2), (figures.Accounts, figures.Unfiled, figures.Compliant, figures.Suspended, figures.Cancelled));
    }

    [Fact]
    public void Grouped_rows_count_as_many_accounts_as_they_say()
    {
        // The seed: 黄石港街道 runs 8 WeChat accounts, 1 already shut, 5 to be shut.
        var figures = NewMedia(new(1, Operating, D(10, 20), true, false, Accounts: 2), new(1, ClosurePlanned, D(9, 1), true, false, Accounts: 5), new(1, Suspended, D(7, 1), true, true));

        Assert.Equal(new NewMediaFigures(Accounts: 8, Operating: 2, Dormant: 0, Unfiled: 0, Compliant: 2, ClosurePlanned: 5, Suspended: 1, Cancelled: 0), figures);
    }

    [Fact]
    public void The_dormancy_threshold_is_configuration()
    {
        var options = new ScoringOptions { DormantDays = 30 };

        var inputs = new ScoringInputs { Units = [Street()], NewMedia = [new(1, Operating, D(9, 5), true, false)] };

        Assert.Equal(1, One(inputs).NewMedia.Dormant);
        Assert.Equal(0, One(inputs, options: options).NewMedia.Dormant);
    }

    [Fact]
    public void People_gaps_add_up_and_a_unit_with_no_row_has_none()
    {
        var scores = Score(new ScoringInputs
        {
            Units = [Street("花湖街道", 1), Street("沈家营街道", 2)],
            People = [new PeopleFact(1, UntrainedPeople: 1, VacantRoles: 0, UnrecordedHandovers: 1)],
        });

        Assert.Equal(new PeopleFigures(1, 0, 1), scores.Units[0].People);
        Assert.Equal(2, scores.Units[0].People.Gaps);
        Assert.Equal(0, scores.Units[1].People.Gaps);
    }
}
