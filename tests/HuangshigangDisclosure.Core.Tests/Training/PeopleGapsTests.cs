using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Tests.Training;

public class PeopleGapsTests
{
    private const int Huahu = 2;
    private const int Finance = 8;
    private static readonly DateOnly Since = new(2022, 1, 1);
    private static readonly DateOnly Training = new(2022, 8, 12);
    private static readonly DateOnly CheckDay = new(2022, 9, 30);

    private static PersonTerm Person(int id, int unit, PersonRole role, string name, DateOnly? from = null, DateOnly? to = null) =>
        new(id, unit, role, name, from ?? Since, to);

    [Fact]
    public void A_unit_whose_person_in_charge_and_liaison_attended_has_no_gap()
    {
        PersonTerm[] people = [Person(1, Finance, PersonRole.PersonInCharge, "袁丽"), Person(2, Finance, PersonRole.Liaison, "邓晓琳")];
        AttendanceFact[] attended = [new(Finance, "袁丽", 1, Training), new(Finance, "邓晓琳", null, Training)];

        Assert.Empty(PeopleGaps.Find(people, [], attended, CheckDay));
    }

    [Fact]
    public void Attendance_matches_by_person_record_or_by_unit_and_name()
    {
        PersonTerm[] people = [Person(1, Finance, PersonRole.PersonInCharge, "袁丽")];

        Assert.Empty(PeopleGaps.Find(people, [], [new AttendanceFact(Finance, "袁 丽（财政局）", 1, Training)], CheckDay));
        Assert.Empty(PeopleGaps.Find(people, [], [new AttendanceFact(Finance, " 袁丽 ", null, Training)], CheckDay));
        // The same name for another unit is someone else.
        var gap = Assert.Single(PeopleGaps.Find(people, [], [new AttendanceFact(Huahu, "袁丽", null, Training)], CheckDay));
        Assert.Equal(new PeopleGap(Finance, PeopleGapKind.Untrained, PersonRole.PersonInCharge, 1, "袁丽"), gap);
    }

    [Fact]
    public void A_unit_that_sent_an_unrelated_person_is_flagged_for_both_roles()
    {
        PersonTerm[] people =
        [
            Person(1, Finance, PersonRole.PersonInCharge, "袁丽"),
            Person(2, Finance, PersonRole.LeaderInCharge, "潘国华"),
            Person(3, Finance, PersonRole.Liaison, "邓晓琳"),
        ];
        AttendanceFact[] attended = [new(Finance, "王小川", null, Training)];

        var gaps = PeopleGaps.Find(people, [], attended, CheckDay);

        // The leader in charge is not expected at the working-level training.
        Assert.Equal([(1, PersonRole.PersonInCharge), (3, PersonRole.Liaison)], gaps.Select(g => (g.PersonId, g.Role)));
        Assert.All(gaps, g => Assert.Equal(PeopleGapKind.Untrained, g.Kind));
    }

    [Fact]
    public void A_trained_liaison_who_handed_over_to_an_untrained_successor_leaves_a_successor_gap()
    {
        // 花湖街道: 赵雪梅 attended on 8-12 and left; 高远 took over on 9-15 and never attended.
        PersonTerm[] people =
        [
            Person(1, Huahu, PersonRole.PersonInCharge, "张敏"),
            Person(3, Huahu, PersonRole.Liaison, "赵雪梅", to: new DateOnly(2022, 9, 14)),
            Person(4, Huahu, PersonRole.Liaison, "高远", from: new DateOnly(2022, 9, 15)),
        ];
        HandoverFact[] handovers = [new(Huahu, PersonRole.Liaison, 3, 4, new DateOnly(2022, 9, 15))];
        AttendanceFact[] attended = [new(Huahu, "张敏", 1, Training), new(Huahu, "赵雪梅", 3, Training)];

        var gap = Assert.Single(PeopleGaps.Find(people, handovers, attended, CheckDay));

        Assert.Equal(new PeopleGap(Huahu, PeopleGapKind.UntrainedSuccessor, PersonRole.Liaison, 4, "高远", new DateOnly(2022, 9, 15), "赵雪梅", PredecessorTrained: true), gap);
    }

    [Fact]
    public void Before_the_handover_the_trained_liaison_is_still_in_office_and_nothing_is_flagged()
    {
        PersonTerm[] people =
        [
            Person(3, Huahu, PersonRole.Liaison, "赵雪梅", to: new DateOnly(2022, 9, 14)),
            Person(4, Huahu, PersonRole.Liaison, "高远", from: new DateOnly(2022, 9, 15)),
        ];
        HandoverFact[] handovers = [new(Huahu, PersonRole.Liaison, 3, 4, new DateOnly(2022, 9, 15))];

        Assert.Empty(PeopleGaps.Find(people, handovers, [new AttendanceFact(Huahu, "赵雪梅", 3, Training)], new DateOnly(2022, 9, 14)));
        Assert.Single(PeopleGaps.Find(people, handovers, [new AttendanceFact(Huahu, "赵雪梅", 3, Training)], new DateOnly(2022, 9, 15)));
    }

    [Fact]
    public void A_successor_who_attended_a_later_training_closes_the_gap()
    {
        PersonTerm[] people =
        [
            Person(3, Huahu, PersonRole.Liaison, "赵雪梅", to: new DateOnly(2022, 9, 14)),
            Person(4, Huahu, PersonRole.Liaison, "高远", from: new DateOnly(2022, 9, 15)),
        ];
        HandoverFact[] handovers = [new(Huahu, PersonRole.Liaison, 3, 4, new DateOnly(2022, 9, 15))];
        AttendanceFact[] attended = [new(Huahu, "赵雪梅", 3, Training), new(Huahu, "高远", null, new DateOnly(2022, 11, 8))];

        Assert.Single(PeopleGaps.Find(people, handovers, attended, CheckDay));
        Assert.Empty(PeopleGaps.Find(people, handovers, attended, new DateOnly(2022, 11, 8)));
    }

    [Fact]
    public void A_handover_to_someone_who_has_left_again_is_history()
    {
        PersonTerm[] people =
        [
            Person(3, Huahu, PersonRole.Liaison, "赵雪梅", to: new DateOnly(2022, 9, 14)),
            Person(4, Huahu, PersonRole.Liaison, "高远", from: new DateOnly(2022, 9, 15), to: new DateOnly(2022, 9, 19)),
            Person(5, Huahu, PersonRole.Liaison, "李娜", from: new DateOnly(2022, 9, 20)),
        ];
        HandoverFact[] handovers =
        [
            new(Huahu, PersonRole.Liaison, 3, 4, new DateOnly(2022, 9, 15)),
            new(Huahu, PersonRole.Liaison, 4, 5, new DateOnly(2022, 9, 20)),
        ];
        AttendanceFact[] attended = [new(Huahu, "李娜", 5, Training)];

        Assert.Empty(PeopleGaps.Find(people, handovers, attended, CheckDay));
    }

    [Fact]
    public void A_person_reappointed_to_another_role_keeps_their_training_by_name()
    {
        PersonTerm[] people =
        [
            Person(3, Huahu, PersonRole.Liaison, "赵雪梅", to: new DateOnly(2022, 9, 14)),
            Person(6, Huahu, PersonRole.PersonInCharge, "赵雪梅", from: new DateOnly(2022, 9, 15)),
        ];

        Assert.Empty(PeopleGaps.Find(people, [], [new AttendanceFact(Huahu, "赵雪梅", 3, Training)], CheckDay));
    }

    [Fact]
    public void A_session_after_the_check_day_does_not_count_yet()
    {
        PersonTerm[] people = [Person(1, Finance, PersonRole.PersonInCharge, "袁丽")];

        Assert.Single(PeopleGaps.Find(people, [], [new AttendanceFact(Finance, "袁丽", 1, new DateOnly(2022, 10, 20))], CheckDay));
    }

    [Fact]
    public void An_untrained_successor_of_an_untrained_predecessor_says_so()
    {
        PersonTerm[] people =
        [
            Person(1, Finance, PersonRole.PersonInCharge, "袁丽", to: new DateOnly(2022, 8, 31)),
            Person(2, Finance, PersonRole.PersonInCharge, "何平", from: new DateOnly(2022, 9, 1)),
        ];
        HandoverFact[] handovers = [new(Finance, PersonRole.PersonInCharge, 1, 2, new DateOnly(2022, 9, 1))];

        var gap = Assert.Single(PeopleGaps.Find(people, handovers, [], CheckDay));

        Assert.Equal((PeopleGapKind.UntrainedSuccessor, "袁丽", false), (gap.Kind, gap.PredecessorName, gap.PredecessorTrained));
    }
}
