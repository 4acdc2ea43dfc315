using HuangshigangDisclosure.Core.Scoring;

namespace HuangshigangDisclosure.Web.Pages.Reports;

/// <summary>Which quarter a report shows, and how its figures link to the publication list.</summary>
public static class ReportQuarters
{
    /// <summary>The default: the latest quarter that has ended, whose figures no longer move.</summary>
    public static Quarter LatestEnded(DateOnly today) => Quarter.Of(today).Previous;

    /// <summary>Reads <c>?q=2022Q3</c>: a quarter that has begun (a later one has nothing to show).</summary>
    public static bool TryRead(string? text, DateOnly today, out Quarter quarter) =>
        Quarter.TryParse(text, out quarter) && quarter.Year >= 1900 && quarter <= Quarter.Of(today);

    /// <summary>The quarter asked for, else the latest ended one; <paramref name="invalid"/> when something unreadable was asked for.</summary>
    public static Quarter Choose(string? text, DateOnly today, out bool invalid)
    {
        invalid = false;
        if (TryRead(text, today, out var quarter))
        {
            return quarter;
        }

        invalid = !string.IsNullOrWhiteSpace(text);
        return LatestEnded(today);
    }

    /// <summary>2022-07: the month as the publication list's <c>month</c> filter reads it.</summary>
    public static string MonthParameter(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The publication list's <c>channel</c> filter that shows exactly the counted items, so a figure and the
    /// list behind it agree; null when several channels count (the list then shows every channel).
    /// </summary>
    public static string? CountedChannelParameter(ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var channels = options.CountedChannelSet();
        return channels.Count == 1 ? channels.Single().ToString() : null;
    }

    /// <summary>The publication list's <c>status</c> filter for counted items: withdrawn ones never count.</summary>
    public const string CountedStatusParameter = "published";
}
