using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Tests;

public class HandoverTests
{
    private static (Unit Unit, UnitPerson Liaison) StreetWithLiaison()
    {
        var unit = new Unit { Name = "花湖街道", ShortName = "花湖", Kind = UnitKind.Street };
        var liaison = new UnitPerson { Role = PersonRole.Liaison, Name = "赵雪梅", EffectiveFrom = new DateOnly(2022, 1, 1) };
        unit.AddPerson(liaison);
        return (unit, liaison);
    }

    [Fact]
    public void Replacing_a_person_ends_the_old_term_the_day_before_and_records_the_handover()
    {
        var (unit, liaison) = StreetWithLiaison();

        var handover = unit.ReplacePerson(liaison, new UnitPerson { Name = "高远" }, new DateOnly(2022, 9, 15), " 原联络员调离 ");

        Assert.Equal(new DateOnly(2022, 9, 14), liaison.EffectiveTo);
        var successor = Assert.Single(unit.People, p => p.Name == "高远");
        Assert.Equal(PersonRole.Liaison, successor.Role);
        Assert.Equal(new DateOnly(2022, 9, 15), successor.EffectiveFrom);
        Assert.Null(successor.EffectiveTo);
        Assert.Same(liaison, handover.From);
        Assert.Same(successor, handover.To);
        Assert.Equal("原联络员调离", handover.Note);
        Assert.Single(unit.Handovers);
    }

    [Fact]
    public void History_is_kept_who_was_responsible_on_each_day()
    {
        var (unit, liaison) = StreetWithLiaison();
        unit.ReplacePerson(liaison, new UnitPerson { Name = "高远" }, new DateOnly(2022, 9, 15), null);

        Assert.Equal(["赵雪梅"], unit.CurrentPeople(new DateOnly(2022, 9, 14)).Select(p => p.Name));
        Assert.Equal(["高远"], unit.CurrentPeople(new DateOnly(2022, 9, 15)).Select(p => p.Name));
        Assert.Equal(2, unit.People.Count);
    }

    [Fact]
    public void A_handover_on_or_before_the_first_day_in_office_is_refused()
    {
        var (unit, liaison) = StreetWithLiaison();

        Assert.Throws<InvalidOperationException>(() => unit.ReplacePerson(liaison, new UnitPerson { Name = "高远" }, new DateOnly(2022, 1, 1), null));
        Assert.Null(liaison.EffectiveTo);
        Assert.Empty(unit.Handovers);
    }

    [Fact]
    public void A_person_who_already_left_cannot_hand_over_again()
    {
        var (unit, liaison) = StreetWithLiaison();
        unit.ReplacePerson(liaison, new UnitPerson { Name = "高远" }, new DateOnly(2022, 9, 15), null);

        Assert.Throws<InvalidOperationException>(() => unit.ReplacePerson(liaison, new UnitPerson { Name = "第三人" }, new DateOnly(2022, 10, 1), null));
    }

    [Theory]
    [InlineData(UnitKind.Street, true)]
    [InlineData(UnitKind.ManagementZone, true)]
    [InlineData(UnitKind.Department, false)]
    [InlineData(UnitKind.Other, false)]
    public void Streets_and_the_management_zone_are_scored_alike(UnitKind kind, bool streetLike) =>
        Assert.Equal(streetLike, new Unit { Name = "x", ShortName = "x", Kind = kind }.IsStreetLike);
}
