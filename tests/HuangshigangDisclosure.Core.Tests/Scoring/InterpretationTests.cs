using HuangshigangDisclosure.Core.Scoring;
using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;
using Form = HuangshigangDisclosure.Core.Interpretations.InterpretationForm;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class InterpretationTests
{
    private static InterpretationFigures Figures(DateOnly? today, params PolicyFact[] policies) =>
        One(new ScoringInputs { Units = [Department("区发改局")], Policies = policies }, today).Interpretation;

    private static InterpretationFigures Figures(params PolicyFact[] policies) => Figures(null, policies);

    [Fact]
    public void An_interpretation_3_working_days_after_a_policy_is_on_time_even_across_the_mid_autumn_holiday()
    {
        // Policy Fri 9-09; 9-10 … 9-12 are 中秋节 holidays; 9-13, 9-14, 9-15 are working days 1, 2, 3.
        var figures = Figures(new PolicyFact(100, 1, D(9, 9), Form.Text, D(9, 15)));

        Assert.Equal((1, 1, 1, 0), (figures.Flagged, figures.Interpreted, figures.OnTime, figures.Diversified));
    }

    [Fact]
    public void An_interpretation_4_working_days_after_a_policy_is_interpreted_but_late()
    {
        var figures = Figures(new PolicyFact(100, 1, D(9, 9), Form.Text, D(9, 16)));

        Assert.Equal((1, 1, 0), (figures.Flagged, figures.Interpreted, figures.OnTime));
    }

    [Fact]
    public void Make_up_working_days_count_a_policy_of_30_September_is_on_time_on_10_October_and_late_on_11_October()
    {
        // 10-01 … 10-07 国庆节; Sat 10-08 and Sun 10-09 are make-up working days 1 and 2; Mon 10-10 is 3.
        Assert.Equal(1, Figures(new PolicyFact(100, 1, D(9, 30), Form.Text, D(10, 10))).OnTime);
        Assert.Equal(0, Figures(new PolicyFact(100, 1, D(9, 30), Form.Text, D(10, 11))).OnTime);
    }

    [Fact]
    public void An_interpretation_released_with_the_policy_or_before_it_is_on_time()
    {
        var figures = Figures(new PolicyFact(100, 1, D(8, 9), Form.Text, D(8, 9)), new PolicyFact(100, 2, D(8, 9), Form.Text, D(8, 8)));

        Assert.Equal(2, figures.OnTime);
    }

    [Fact]
    public void The_working_day_limit_is_configuration()
    {
        var options = new ScoringOptions { InterpretationWorkingDays = 5 };

        var unit = One(new ScoringInputs { Units = [Department("区发改局")], Policies = [new PolicyFact(100, 1, D(9, 9), Form.Text, D(9, 16))] }, options: options);

        Assert.Equal(1, unit.Interpretation.OnTime);
    }

    [Fact]
    public void A_policy_never_interpreted_counts_as_flagged_and_nothing_else()
    {
        var figures = Figures(new PolicyFact(100, 1, D(8, 9)));

        Assert.Equal((1, 0, 0, 0, 0), (figures.Flagged, figures.Pending, figures.Interpreted, figures.OnTime, figures.Diversified));
        Assert.Equal(0m, figures.InterpretedRatio);
    }

    [Fact]
    public void A_policy_not_interpreted_yet_whose_limit_has_not_passed_is_pending_not_late()
    {
        // Policy 9-09: the third working day after it is 9-15.
        var onTheLastDay = Figures(D(9, 15), new PolicyFact(100, 1, D(9, 9)));
        var dayAfter = Figures(D(9, 16), new PolicyFact(100, 1, D(9, 9)));

        Assert.Equal((1, 1, 0), (onTheLastDay.Flagged, onTheLastDay.Pending, onTheLastDay.Judged));
        Assert.Null(onTheLastDay.OnTimeRatio);
        Assert.Equal((1, 0, 1), (dayAfter.Flagged, dayAfter.Pending, dayAfter.Judged));
        Assert.Equal(0m, dayAfter.OnTimeRatio);
    }

    [Fact]
    public void A_policy_of_the_quarters_last_day_is_still_pending_days_after_the_quarter_ends()
    {
        Assert.Equal(1, Figures(D(10, 9), new PolicyFact(100, 1, D(9, 30))).Pending);
        Assert.Equal(0, Figures(D(10, 11), new PolicyFact(100, 1, D(9, 30))).Pending);
    }

    [Fact]
    public void A_policy_interpreted_in_a_chart_as_well_as_in_text_is_diversified()
    {
        var figures = Figures(new PolicyFact(100, 1, D(8, 9), Form.Text, D(8, 10)), new PolicyFact(100, 1, D(8, 9), Form.Chart, D(8, 20)));

        Assert.Equal((1, 1, 1, 1), (figures.Flagged, figures.Interpreted, figures.OnTime, figures.Diversified));
        Assert.Equal([Form.Text, Form.Chart], figures.Forms);
    }

    [Fact]
    public void Plain_text_alone_is_not_diversified()
    {
        Assert.Equal(0, Figures(new PolicyFact(100, 1, D(8, 9), Form.Text, D(8, 10))).Diversified);
    }

    [Fact]
    public void The_earliest_interpretation_decides_whether_a_policy_was_interpreted_on_time()
    {
        var figures = Figures(new PolicyFact(100, 1, D(9, 9), Form.Text, D(9, 30)), new PolicyFact(100, 1, D(9, 9), Form.Video, D(9, 13)));

        Assert.Equal(1, figures.OnTime);
    }

    [Fact]
    public void Policies_outside_the_quarter_and_of_other_units_are_not_counted()
    {
        var figures = Figures(new PolicyFact(100, 1, D(6, 30), Form.Text, D(7, 1)), new PolicyFact(200, 2, D(8, 9)), new PolicyFact(100, 3, D(10, 1)));

        Assert.Equal(0, figures.Flagged);
    }

    [Fact]
    public void With_no_flagged_policy_every_ratio_is_empty_never_100_percent()
    {
        var figures = Figures();

        Assert.Equal(0, figures.Flagged);
        Assert.Null(figures.InterpretedRatio);
        Assert.Null(figures.OnTimeRatio);
        Assert.Null(figures.DiversifiedRatio);
    }

    [Fact]
    public void Interpretations_supplied_in_the_quarter_are_counted_with_their_forms_whatever_policy_they_explain()
    {
        var unit = One(new ScoringInputs
        {
            Units = [Department("区民政局", 101)],
            Interpretations = [new InterpretationFact(101, Form.Text, 2), new InterpretationFact(101, Form.Chart, 1), new InterpretationFact(102, Form.Video, 5)],
        });

        Assert.Equal(3, unit.Interpretation.Supplied);
        Assert.Equal([Form.Text, Form.Chart], unit.Interpretation.SuppliedForms);
        Assert.Equal(0, unit.Interpretation.Flagged);
    }
}
