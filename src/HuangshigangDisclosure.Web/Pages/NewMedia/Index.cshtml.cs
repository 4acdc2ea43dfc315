using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages.NewMedia;

/// <summary>
/// 政务新媒体: the accounts in the user's scope with their flags on a check day (today unless an
/// inspection date is given). Flags are computed, not stored, so filtering by flag happens after the
/// one query; a district has tens of accounts, not thousands.
/// </summary>
public class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock, IOptions<NewMediaOptions> options) : PageModel
{
    /// <summary>The flag filter's values: one flag, any flag, or compliant (operating and nothing flagged).</summary>
    public static readonly IReadOnlyList<string> FlagFilters = ["dormant", "zombie", "unfiled", "cancelled", "any", "compliant"];

    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public NewMediaPlatform? Platform { get; set; }

    [BindProperty(SupportsGet = true)]
    public NewMediaStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Flag { get; set; }

    /// <summary>The check day (检查日期); today when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    public DateOnly CheckDay { get; private set; }

    public NewMediaOptions Options => options.Value;

    public IReadOnlyList<AccountRow> Rows { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    /// <summary>Figures of the whole scope (before the filters), the bulletin's new-media totals.</summary>
    public ScopeSummary Summary { get; private set; } = new(0, 0, 0, 0, 0);

    public bool IsLiaison => me.ScopeUnitId is not null;

    public bool MayCreate => me.IsAdmin || (me.UnitId is { } own && me.CanWrite(own));

    public async Task OnGetAsync()
    {
        CheckDay = On ?? ChinaTime.Today(clock);
        if (me.ScopeUnitId is { } own)
        {
            Unit = own;
        }

        var all = (await NewMediaRow.Query(db, me.ScopeUnitId).AsNoTracking().ToListAsync())
            .Select(r => new AccountRow(r, NewMediaFlags.Of(r.Facts, CheckDay, Options), NewMediaFlags.DaysWithoutUpdate(r.Facts, CheckDay)))
            .OrderBy(r => r.Account.UnitSortOrder).ThenBy(r => r.Account.UnitName).ThenBy(r => r.Account.Platform).ThenBy(r => r.Account.Name)
            .ToList();
        Summary = new ScopeSummary(
            all.Count(r => r.Account.Facts.Status == NewMediaStatus.Operating),
            all.Count(r => NewMediaFlags.IsCompliant(r.Account.Facts, CheckDay, Options)),
            all.Count(r => r.Account.Facts.Status == NewMediaStatus.ClosurePlanned),
            all.Count(r => r.Account.Facts.Status == NewMediaStatus.Suspended),
            all.Count(r => r.Account.Facts.Status == NewMediaStatus.Cancelled));
        Rows = all.Where(Matches).ToList();
        var scope = me.ScopeUnitId;
        Units = (await db.Units.AsNoTracking()
                .Where(u => scope == null || u.Id == scope)
                .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
                .Select(u => new { u.Id, u.Name })
                .ToListAsync())
            .Select(u => (u.Id, u.Name)).ToList();
    }

    private bool Matches(AccountRow row) =>
        (Unit is not { } unit || row.Account.UnitId == unit)
        && (Platform is not { } platform || row.Account.Platform == platform)
        && (Status is not { } status || row.Account.Facts.Status == status)
        && Flag switch
        {
            "dormant" => row.Flags.HasFlag(NewMediaFlag.Dormant),
            "zombie" => row.Flags.HasFlag(NewMediaFlag.Zombie),
            "unfiled" => row.Flags.HasFlag(NewMediaFlag.Unfiled),
            "cancelled" => row.Flags.HasFlag(NewMediaFlag.CancelledButOperating),
            "any" => row.Flags != NewMediaFlag.None,
            "compliant" => NewMediaFlags.IsCompliant(row.Account.Facts, CheckDay, Options),
            _ => true,
        };

    public sealed record AccountRow(NewMediaRow Account, NewMediaFlag Flags, int? DaysWithoutUpdate);

    public sealed record ScopeSummary(int Operating, int Compliant, int ClosurePlanned, int Suspended, int Cancelled);
}
