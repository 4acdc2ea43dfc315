using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using HuangshigangDisclosure.Web.Tests.Imports;
using HuangshigangDisclosure.Web.Tests.Infrastructure;

namespace HuangshigangDisclosure.Web.Tests.Scoring;

/// <summary>GET /api/v1/quarters/{quarter}/scores (design §4) on the demo data.</summary>
public class ScoresApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Q3 = "/api/v1/quarters/2022Q3/scores";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> JsonOkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
    }

    private async Task<HttpResponseMessage> GetWithTokenAsync(string url, string? token)
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, Token);
    }

    [Fact]
    public async Task A_leader_gets_the_seed_figures_in_the_designs_shape()
    {
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");

        var json = await JsonOkAsync(await leader.Http.GetAsync(Q3, Token));

        Assert.Equal("2022Q3", json.GetProperty("quarter").GetString());
        Assert.Equal(1155, json.GetProperty("districtTotal").GetInt32());
        var units = json.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(25, units.Count);
        var streets = units.Where(u => u.GetProperty("kind").GetString() is "Street" or "ManagementZone").ToList();
        Assert.Equal([8, 7, 7, 12, 8], streets.Select(s => s.GetProperty("total").GetInt32()));
        var shenjiaying = streets.Single(s => s.GetProperty("name").GetString() == "沈家营街道");
        Assert.Equal([4, 4, 4], shenjiaying.GetProperty("months").EnumerateArray().Select(m => m.GetInt32()));
        Assert.True(shenjiaying.GetProperty("quarterMet").GetBoolean());
        Assert.Equal(12, shenjiaying.GetProperty("quarterMinimum").GetInt32());
        Assert.Equal(4, shenjiaying.GetProperty("monthlyMinimum").GetInt32());
        Assert.Equal(3, shenjiaying.GetProperty("monthsMet").GetInt32());
        var huangshigang = streets.Single(s => s.GetProperty("name").GetString() == "黄石港街道");
        Assert.Equal(46, huangshigang.GetProperty("longestSilenceDays").GetInt32());
        Assert.True(huangshigang.GetProperty("burst").GetBoolean());
        Assert.True(huangshigang.GetProperty("burstAfterReminder").GetBoolean());
        Assert.False(huangshigang.GetProperty("quarterMet").GetBoolean());
        foreach (var property in new[] { "score", "rank" })
        {
            Assert.True(units.All(u => u.TryGetProperty(property, out _)), property);
        }

        var bulletin = json.GetProperty("bulletin");
        Assert.Equal(8.4m, bulletin.GetProperty("streetAverage").GetDecimal());
        Assert.Equal(["沈家营街道"], bulletin.GetProperty("metUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(
            ["区财政局 35", "区民政局 18", "区人社局 16"],
            bulletin.GetProperty("mostComplete").EnumerateArray().Select(u => $"{u.GetProperty("name").GetString()} {u.GetProperty("items").GetInt32()}"));
        Assert.Equal(
            new[] { "区发改局", "区司法局", "区民政局" }.Order(StringComparer.Ordinal),
            bulletin.GetProperty("interpretationUnits").EnumerateArray().Select(u => u.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_liaison_gets_only_their_own_unit()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var json = await JsonOkAsync(await liaison.Http.GetAsync(Q3, Token));

        var unit = Assert.Single(json.GetProperty("units").EnumerateArray());
        Assert.Equal("花湖街道", unit.GetProperty("name").GetString());
        Assert.Equal(7, unit.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_api_token_reads_the_scores_and_a_liaisons_token_only_its_unit()
    {
        var admin = await JsonOkAsync(await GetWithTokenAsync(Q3, await portal.IssueTokenAsync("admin")));
        var liaison = await JsonOkAsync(await GetWithTokenAsync(Q3, await portal.IssueTokenAsync("czj")));

        Assert.Equal(25, admin.GetProperty("units").GetArrayLength());
        Assert.Equal("区财政局", Assert.Single(liaison.GetProperty("units").EnumerateArray()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Without_a_valid_log_in_the_answer_is_401_json_never_a_redirect(string? token)
    {
        var response = await GetWithTokenAsync(Q3, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("2022Q5", HttpStatusCode.BadRequest)]
    [InlineData("2022-3", HttpStatusCode.BadRequest)]
    [InlineData("2099Q1", HttpStatusCode.NotFound)]
    public async Task A_bad_or_future_quarter_gets_a_json_error_in_chinese(string quarter, HttpStatusCode expected)
    {
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");

        var response = await leader.Http.GetAsync($"/api/v1/quarters/{quarter}/scores", Token);

        Assert.Equal(expected, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", json.GetProperty("message").GetString()!);
    }
}
