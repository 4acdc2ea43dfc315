using HuangshigangDisclosure.Web.Tests.Infrastructure;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>The NewMedia and Scoring sections: read from configuration, checked at start.</summary>
public class FollowUpOptionsTests
{
    private sealed class ConfiguredPortal(Dictionary<string, string?> settings) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => settings;
    }

    [Fact]
    public async Task Configured_thresholds_and_quotas_are_the_ones_pages_use()
    {
        await using var portal = new ConfiguredPortal(new()
        {
            ["NewMedia:DormantDays"] = "7",
            ["NewMedia:ZombieDays"] = "30",
            ["Scoring:Quotas:Street:MonthlyMinimum"] = "5",
        });
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var home = await liaison.GetPageAsync("/");

        Assert.Contains("超过7天未更新", home.QuerySelector("[data-testid=dormant]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("僵尸账号（超过30天未更新）", home.QuerySelector("[data-testid=zombie]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("指标 5 条", home.QuerySelector("[data-testid=quota]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NewMedia:ZombieDays", "14")]
    [InlineData("NewMedia:DormantDays", "0")]
    [InlineData("Scoring:Quotas:Street:QuarterlyMinimum", "-1")]
    [InlineData("Scoring:BurstMinimumItems", "0")]
    public async Task A_bad_setting_stops_the_app_at_start(string key, string value)
    {
        await using var portal = new ConfiguredPortal(new() { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains(key.Split(':')[1], error.ToString(), StringComparison.Ordinal);
    }
}
