using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Text;
using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Admin.Training;

/// <summary>
/// A training session as the form edits it: per unit, the people ticked from the unit's list and
/// any other names typed. A typed name that is a person of that unit is linked to their record.
/// </summary>
public sealed class TrainingForm
{
    /// <summary>What separates typed names: 、 , ， ; ； and white space.</summary>
    private static readonly char[] NameSeparators = ['、', ',', '，', ';', '；', ' ', '\u3000', '\n', '\r', '\t'];

    private const int NameMaxLength = 50;

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [Display(Name = nameof(Strings.TrainingSession_HeldOn))]
    public DateOnly? HeldOn { get; set; }

    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [StringLength(200, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.TrainingSession_Topic))]
    public string? Topic { get; set; }

    [StringLength(200, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    [Display(Name = nameof(Strings.TrainingSession_Location))]
    public string? Location { get; set; }

    public List<UnitAttendance> Units { get; set; } = [];

    public sealed class UnitAttendance
    {
        public int UnitId { get; set; }

        public List<int> PersonIds { get; set; } = [];

        [StringLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        [Display(Name = nameof(Strings.Training_OtherNames))]
        public string? OtherNames { get; set; }
    }

    /// <summary>The form of an existing session: ticked people, and the names not linked to a person typed out.</summary>
    public static TrainingForm From(TrainingSession session, TrainingChoices choices)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(choices);
        return new TrainingForm
        {
            HeldOn = session.HeldOn,
            Topic = session.Topic,
            Location = session.Location,
            Units = choices.Units.Select(u => new UnitAttendance
            {
                UnitId = u.Id,
                PersonIds = session.Attendees.Where(a => a.UnitId == u.Id && a.UnitPersonId is not null).Select(a => a.UnitPersonId!.Value).ToList(),
                OtherNames = string.Join('、', session.Attendees.Where(a => a.UnitId == u.Id && a.UnitPersonId is null).Select(a => a.PersonName)),
            }).ToList(),
        };
    }

    /// <summary>
    /// The attendances the form asks for, or null with the problems in <paramref name="modelState"/>.
    /// Only units and people on the offered lists count, whatever was posted.
    /// </summary>
    public List<TrainingAttendance>? Attendances(TrainingChoices choices, ModelStateDictionary modelState, IStringLocalizer<Strings> localizer)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(modelState);
        var result = new List<TrainingAttendance>();
        for (var i = 0; i < Units.Count; i++)
        {
            var row = Units[i];
            if (choices.Units.FirstOrDefault(u => u.Id == row.UnitId) is not { } unit)
            {
                continue;
            }

            foreach (var person in unit.People.Where(p => row.PersonIds.Contains(p.Id)))
            {
                Add(result, new TrainingAttendance { UnitId = unit.Id, PersonName = person.Name, UnitPersonId = person.Id });
            }

            foreach (var name in (row.OtherNames ?? "").Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (name.Length > NameMaxLength)
                {
                    modelState.AddModelError($"Input.Units[{i}].OtherNames", localizer[nameof(Strings.Training_NameTooLong), name[..10] + "…", NameMaxLength]);
                    continue;
                }

                // A typed name of someone on the unit's list is that person (the one in office on the day, if several).
                var match = unit.People
                    .Where(p => TextKey.Of(p.Name) == TextKey.Of(name))
                    .OrderByDescending(p => HeldOn is { } day && p.EffectiveFrom <= day && (p.EffectiveTo is null || day <= p.EffectiveTo))
                    .ThenByDescending(p => p.EffectiveFrom)
                    .FirstOrDefault();
                Add(result, new TrainingAttendance { UnitId = unit.Id, PersonName = match?.Name ?? name, UnitPersonId = match?.Id });
            }
        }

        return modelState.IsValid ? result : null;
    }

    /// <summary>The same person twice (ticked and typed) is one attendance.</summary>
    private static void Add(List<TrainingAttendance> list, TrainingAttendance attendance)
    {
        if (!list.Any(a => SameAttendee(a, attendance)))
        {
            list.Add(attendance);
        }
    }

    public static bool SameAttendee(TrainingAttendance a, TrainingAttendance b) =>
        a.UnitId == b.UnitId && (a.UnitPersonId is not null && a.UnitPersonId == b.UnitPersonId
            || (a.UnitPersonId is null && b.UnitPersonId is null && TextKey.Of(a.PersonName) == TextKey.Of(b.PersonName)));

    public void ApplyTo(TrainingSession session, List<TrainingAttendance> attendances)
    {
        session.HeldOn = HeldOn!.Value;
        session.Topic = TextKey.Collapse(Topic);
        session.Location = string.IsNullOrWhiteSpace(Location) ? null : TextKey.Collapse(Location);
        // Keep the rows that stay (no needless delete and insert in the audit log), drop the rest, add the new.
        session.Attendees.RemoveAll(existing => !attendances.Any(a => SameAttendee(a, existing)));
        session.Attendees.AddRange(attendances.Where(a => !session.Attendees.Any(existing => SameAttendee(a, existing))));
    }
}

/// <summary>The units the form lists (active ones, and any already on the session) with all their people, current and former.</summary>
public sealed record TrainingChoices(IReadOnlyList<TrainingChoices.UnitChoice> Units)
{
    public sealed record UnitChoice(int Id, string Name, IReadOnlyList<PersonChoice> People);

    public sealed record PersonChoice(int Id, string Name, PersonRole Role, DateOnly EffectiveFrom, DateOnly? EffectiveTo)
    {
        public bool IsCurrentOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
    }

    public static async Task<TrainingChoices> LoadAsync(AppDbContext db, int? sessionId)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => u.IsActive || db.TrainingAttendances.Any(a => a.SessionId == sessionId && a.UnitId == u.Id))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync();
        var ids = units.Select(u => u.Id).ToList();
        var people = await db.UnitPeople.AsNoTracking()
            .Where(p => ids.Contains(p.UnitId))
            .OrderBy(p => p.Role).ThenByDescending(p => p.EffectiveFrom)
            .Select(p => new { p.UnitId, Person = new PersonChoice(p.Id, p.Name, p.Role, p.EffectiveFrom, p.EffectiveTo) })
            .ToListAsync();
        var byUnit = people.ToLookup(p => p.UnitId, p => p.Person);
        return new TrainingChoices(units.Select(u => new UnitChoice(u.Id, u.Name, byUnit[u.Id].ToList())).ToList());
    }
}
