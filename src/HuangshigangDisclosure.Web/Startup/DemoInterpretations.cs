using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// Demo interpretations as the Q3 2022 bulletin describes them: only 区发改局, 区司法局 and 区民政局
/// supplied some, all plain text, for some of their policies flagged "needs interpretation"; other
/// flagged policies (theirs and other units') keep none. Works on whatever publications exist, found
/// by query; with none it does nothing. Loads once: a database with interpretations is left alone.
/// </summary>
public static class DemoInterpretations
{
    private const int InterpretationTitleMaxLength = 300;

    private static readonly DateOnly QuarterStart = new(2022, 7, 1);
    private static readonly DateOnly QuarterEnd = new(2022, 9, 30);

    /// <summary>The units that supplied text interpretations, with their liaisons' log-ins.</summary>
    private static readonly (string Unit, string Login)[] Suppliers = [("区发改局", "fgj"), ("区司法局", "sfj"), ("区民政局", "mzj")];

    /// <summary>How many of a unit's Q3 policy documents are flagged when the publications carry no flag at all.</summary>
    private const int FlagWhenNoneFlagged = 3;

    /// <summary>
    /// Working days after the policy for the unit's 1st, 2nd, 3rd… interpretation: on the day, in time,
    /// and late ("not linked to an interpretation in time", says the bulletin).
    /// </summary>
    private static readonly int[] LagPattern = [0, 2, 6, 1, 9];

    public static async Task SeedAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Interpretations.AnyAsync(cancellationToken))
        {
            return;
        }

        var added = 0;
        foreach (var (unitName, login) in Suppliers)
        {
            var unitId = await db.Units.Where(u => u.Name == unitName).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
            if (unitId is null)
            {
                continue;
            }

            var quarter = db.Publications.Where(p => p.UnitId == unitId && p.Status == PublicationStatus.Published && p.PublishedOn >= QuarterStart && p.PublishedOn <= QuarterEnd);
            var flagged = await quarter.Where(p => p.NeedsInterpretation).OrderBy(p => p.PublishedOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
            if (flagged.Count == 0)
            {
                flagged = await quarter.Where(p => p.Category == PublicationCategory.PolicyDocument)
                    .OrderBy(p => p.PublishedOn).ThenBy(p => p.Id).Take(FlagWhenNoneFlagged).ToListAsync(cancellationToken);
                flagged.ForEach(p => p.NeedsInterpretation = true);
            }

            // Every other flagged policy gets its interpretation (the first always), so each unit keeps some without.
            var interpreted = flagged.Where((_, index) => index % 2 == 0).ToList();
            foreach (var (policy, index) in interpreted.Select((p, i) => (p, i)))
            {
                var publishedOn = WorkingDayCalendar.Shipped.AddWorkingDays(policy.PublishedOn, LagPattern[index % LagPattern.Length]);
                if (publishedOn > QuarterEnd)
                {
                    // The bulletin counts Q3 interpretations: one that would fall in October comes with its policy.
                    publishedOn = policy.PublishedOn;
                }

                db.Interpretations.Add(new Interpretation
                {
                    PolicyId = policy.Id,
                    UnitId = policy.UnitId,
                    Title = Truncate($"《{policy.Title}》政策解读", InterpretationTitleMaxLength),
                    Form = InterpretationForm.Text,
                    PublishedOn = publishedOn,
                    RecordedBy = login,
                    RecordedAtUtc = publishedOn.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc),
                });
                added++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (added > 0)
        {
            logger.LogInformation("Loaded demo data: {Interpretations} text interpretations (区发改局, 区司法局, 区民政局, Q3 2022).", added);
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
