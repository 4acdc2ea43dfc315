using System.Security.Cryptography;
using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Identity;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>
/// First start: with no users at all, the first Admin comes from <c>Bootstrap:AdminUserName</c> and
/// <c>Bootstrap:AdminPassword</c>, or a strong password is generated and written to the log once.
/// Either way the password must be changed at first log-in.
/// </summary>
public static class BootstrapAdmin
{
    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, ILogger logger)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var userName = configuration["Bootstrap:AdminUserName"] is { Length: > 0 } name ? name : "admin";
        var configured = configuration["Bootstrap:AdminPassword"];
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        var admin = new ApplicationUser { UserName = userName, DisplayName = "系统管理员", MustChangePassword = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "Bootstrap:AdminPassword does not meet the password rules: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, AppRoles.Admin);
        if (string.IsNullOrEmpty(configured))
        {
            // Logged once, on the only start that creates it; it must be changed at first log-in.
            logger.LogWarning("Created the first administrator '{UserName}' with the generated password {Password} — log in and change it now.", userName, password);
        }
        else
        {
            logger.LogInformation("Created the first administrator '{UserName}' from the Bootstrap settings.", userName);
        }
    }

    /// <summary>16 characters from all four classes, without look-alikes (0/O, 1/l/I).</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!@#$%&*+-=?";
        const string all = upper + lower + digits + symbols;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
