using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// The August 2022 training the bulletin mentions: every unit's person in charge and liaison
/// attended, except that 区住房和城市更新局 sent an unrelated person instead. 花湖街道's liaison
/// 赵雪梅 attended and handed over on 2022-09-15 to 高远, who never attended (the seed's problem 1),
/// so 花湖街道 and 区住房和城市更新局 show training gaps. Loads once.
/// </summary>
public static class DemoTraining
{
    public static readonly DateOnly HeldOn = new(2022, 8, 12);

    /// <summary>The department that sent someone who is neither its person in charge nor its liaison.</summary>
    public const string UnitSendingOthers = "区住房和城市更新局";

    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (await db.TrainingSessions.AnyAsync(cancellationToken))
        {
            return;
        }

        var people = await db.UnitPeople
            .Where(p => p.Unit!.IsActive && (p.Role == PersonRole.PersonInCharge || p.Role == PersonRole.Liaison))
            .Select(p => new { p.Id, p.UnitId, UnitName = p.Unit!.Name, p.Name, p.EffectiveFrom, p.EffectiveTo })
            .ToListAsync(cancellationToken);
        var inOffice = people.Where(p => p.EffectiveFrom <= HeldOn && (p.EffectiveTo is null || HeldOn <= p.EffectiveTo)).ToList();
        if (inOffice.Count == 0)
        {
            return;
        }

        var session = new TrainingSession { HeldOn = HeldOn, Topic = "全区政务公开业务培训会", Location = "区政府三楼会议室" };
        session.Attendees.AddRange(inOffice
            .Where(p => p.UnitName != UnitSendingOthers)
            .Select(p => new TrainingAttendance { UnitId = p.UnitId, PersonName = p.Name, UnitPersonId = p.Id }));
        if (people.FirstOrDefault(p => p.UnitName == UnitSendingOthers) is { } other)
        {
            session.Attendees.Add(new TrainingAttendance { UnitId = other.UnitId, PersonName = "王小川" });
        }

        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
    }
}
