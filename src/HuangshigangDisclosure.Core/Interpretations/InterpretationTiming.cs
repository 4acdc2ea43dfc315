using HuangshigangDisclosure.Core.Calendar;

namespace HuangshigangDisclosure.Core.Interpretations;

/// <summary>
/// When an interpretation came, counted in China's working days from its policy's publication
/// (holidays and make-up days included), and whether that was in time.
/// </summary>
public static class InterpretationTiming
{
    /// <summary>
    /// Working days after the policy's publication up to the interpretation's: 0 on the same day.
    /// An interpretation dated before its policy is allowed, not an error: 三同步 (国办发〔2016〕80号)
    /// wants document and interpretation released together, so one prepared a day ahead also has lag 0.
    /// </summary>
    public static int LagWorkingDays(WorkingDayCalendar calendar, DateOnly policyPublishedOn, DateOnly interpretationPublishedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Math.Max(0, calendar.WorkingDaysBetween(policyPublishedOn, interpretationPublishedOn));
    }

    /// <summary>In time: no later than <paramref name="onTimeWorkingDays"/> working days after the policy (configuration, default 3).</summary>
    public static bool IsOnTime(int lagWorkingDays, int onTimeWorkingDays) => lagWorkingDays <= onTimeWorkingDays;
}
