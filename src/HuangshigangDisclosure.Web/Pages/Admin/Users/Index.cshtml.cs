using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Admin.Users;

public class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            users = users.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        }

        // One query: user, role and unit joined in SQL.
        var rows = from user in users
                   join userRole in db.UserRoles on user.Id equals userRole.UserId into userRoles
                   from userRole in userRoles.DefaultIfEmpty()
                   join role in db.Roles on userRole.RoleId equals role.Id into roles
                   from role in roles.DefaultIfEmpty()
                   join unit in db.Units on user.UnitId equals unit.Id into units
                   from unit in units.DefaultIfEmpty()
                   select new { user.Id, user.UserName, user.DisplayName, Role = role.Name, Unit = unit.Name, user.IsDisabled, user.MustChangePassword, user.LockoutEnd };
        if (!string.IsNullOrWhiteSpace(Role))
        {
            rows = rows.Where(r => r.Role == Role);
        }

        var list = await rows.OrderBy(r => r.UserName).ToListAsync();
        Users = list.Select(r => new UserRow(r.Id, r.UserName ?? "", r.DisplayName, r.Role, r.Unit, r.IsDisabled, r.MustChangePassword, r.LockoutEnd > now)).ToList();
    }

    public sealed record UserRow(string Id, string UserName, string DisplayName, string? Role, string? Unit, bool IsDisabled, bool MustChangePassword, bool IsLockedOut);
}
