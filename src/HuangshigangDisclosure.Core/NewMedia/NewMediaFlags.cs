namespace HuangshigangDisclosure.Core.NewMedia;

/// <summary>What is wrong with a new-media account, as an inspection would see it.</summary>
[Flags]
public enum NewMediaFlag
{
    None = 0,

    /// <summary>Operating, with no update for more than <see cref="NewMediaOptions.DormantDays"/> days.</summary>
    Dormant = 1,

    /// <summary>僵尸: operating, with no update for more than <see cref="NewMediaOptions.ZombieDays"/> days (always dormant too).</summary>
    Zombie = 2,

    /// <summary>Operating with no opening filing: "备案之外无政务新媒体".</summary>
    Unfiled = 4,

    /// <summary>Cancellation filed (and no re-opening since), yet still marked operating.</summary>
    CancelledButOperating = 8,
}

/// <summary>The facts about an account the flags depend on; a database query can produce them in one pass.</summary>
/// <param name="FirstOpenedOn">The earliest opening filing, if any.</param>
/// <param name="LastOpenedOn">The latest opening filing, if any.</param>
/// <param name="LastCancelledOn">The latest cancellation filing, if any.</param>
public sealed record NewMediaFacts(
    NewMediaStatus Status,
    DateOnly? LastUpdatedOn,
    DateOnly? FirstOpenedOn,
    DateOnly? LastOpenedOn,
    DateOnly? LastCancelledOn)
{
    public static NewMediaFacts Of(NewMediaAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var openings = account.Filings.Where(f => f.Kind == FilingKind.Opening).Select(f => (DateOnly?)f.FiledOn).ToList();
        var cancellations = account.Filings.Where(f => f.Kind == FilingKind.Cancellation).Select(f => (DateOnly?)f.FiledOn).ToList();
        return new(account.Status, account.LastUpdatedOn, openings.Min(), openings.Max(), cancellations.Max());
    }
}

/// <summary>
/// The flags of a new-media account on a check day (today, or the day an inspection looks at).
/// "Days without update" = check day − last update day: an account updated on 9-16 has gone
/// 14 days without update on 9-30 and is not dormant with the default 14; updated on 9-15 it has
/// gone 15 days and is. An account with no update on record counts from its first opening filing;
/// with neither it has no evidence of ever being updated and is flagged dormant and zombie.
/// Only operating accounts are dormant or zombies: one planned for closure, suspended or cancelled
/// is expected to be silent.
/// </summary>
public static class NewMediaFlags
{
    public static NewMediaFlag Of(NewMediaFacts facts, DateOnly checkDay, NewMediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        if (facts.Status != NewMediaStatus.Operating)
        {
            return NewMediaFlag.None;
        }

        var flags = NewMediaFlag.None;
        var silent = DaysWithoutUpdate(facts, checkDay);
        if (silent is null || silent > options.DormantDays)
        {
            flags |= NewMediaFlag.Dormant;
        }

        if (silent is null || silent > options.ZombieDays)
        {
            flags |= NewMediaFlag.Zombie;
        }

        if (facts.FirstOpenedOn is null)
        {
            flags |= NewMediaFlag.Unfiled;
        }

        // A re-opening filed on or after the cancellation revives the account.
        if (facts.LastCancelledOn is { } cancelled && !(facts.LastOpenedOn >= cancelled))
        {
            flags |= NewMediaFlag.CancelledButOperating;
        }

        return flags;
    }

    public static NewMediaFlag Of(NewMediaAccount account, DateOnly checkDay, NewMediaOptions options) =>
        Of(NewMediaFacts.Of(account), checkDay, options);

    /// <summary>Days since the last update (or, with none on record, since the first opening filing); null when neither is known.</summary>
    public static int? DaysWithoutUpdate(NewMediaFacts facts, DateOnly checkDay)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return (facts.LastUpdatedOn ?? facts.FirstOpenedOn) is { } since ? checkDay.DayNumber - since.DayNumber : null;
    }

    /// <summary>合规: operating, filed and nothing flagged (the bulletin's "compliant accounts").</summary>
    public static bool IsCompliant(NewMediaFacts facts, DateOnly checkDay, NewMediaOptions options) =>
        facts is { Status: NewMediaStatus.Operating } && Of(facts, checkDay, options) == NewMediaFlag.None;

    /// <summary>The flags set in <paramref name="flags"/>, in a fixed order for display.</summary>
    public static IReadOnlyList<NewMediaFlag> Each(NewMediaFlag flags) =>
        new[] { NewMediaFlag.Zombie, NewMediaFlag.Dormant, NewMediaFlag.Unfiled, NewMediaFlag.CancelledButOperating }
            .Where(f => flags.HasFlag(f)).ToList();
}
