using System.Net;
using HuangshigangDisclosure.Web.Tests.Infrastructure;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>
/// Two real portal processes (Kestrel, two ports) on ONE PostgreSQL database, as a city runs several
/// web nodes behind a load balancer: a log-in on one node holds on the other (the data-protection keys
/// are in the database), what one node saves the other lists, and two people saving the same record on
/// different nodes get a conflict for the second save, never a silent overwrite.
/// </summary>
public class SeveralNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_logged_in_through_node_A_is_logged_in_on_node_B()
    {
        await nodes.StartAsync();
        var cookies = new CookieContainer();
        using var onA = nodes.A.Client(cookies);
        using var onB = nodes.B.Client(cookies);

        await onA.LogInOkAsync("leader");

        // Browsers send a host's cookies whatever the port, as they do through one load-balanced name.
        var home = await onB.Http.GetAsync("/", Token);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.NotNull((await PortalClient.ParseAsync(home)).QuerySelector("form[action='/Account/Logout']"));

        // Without the cookie node B sends the user to log in: the cookie is what carried the session.
        using var stranger = nodes.B.Client(new CookieContainer());
        var anonymous = await stranger.Http.GetAsync("/", Token);
        anonymous.IsRedirectTo("/Account/Login");
    }

    [Fact]
    public async Task A_publication_saved_on_node_A_is_listed_on_node_B()
    {
        await nodes.StartAsync();
        var cookies = new CookieContainer();
        using var onA = nodes.A.Client(cookies);
        using var onB = nodes.B.Client(cookies);
        await onA.LogInOkAsync("czj");

        var id = await CreateAsync(onA, "区财政局两节点测试：关于2022年部门预算公开的说明");

        var list = await onB.GetPageAsync("/Publications/Index?q=" + Uri.EscapeDataString("两节点测试：关于2022年部门预算"));
        var row = Assert.Single(list.QuerySelectorAll("[data-testid=publications-table] tbody tr"));
        Assert.Contains("区财政局两节点测试：关于2022年部门预算公开的说明", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/Publications/Details/{id}']"));
    }

    [Fact]
    public async Task The_second_of_two_saves_on_different_nodes_gets_a_conflict_not_an_overwrite()
    {
        await nodes.StartAsync();
        var liaisonCookies = new CookieContainer();
        using var liaisonOnA = nodes.A.Client(liaisonCookies);
        await liaisonOnA.LogInOkAsync("mzj");
        var id = await CreateAsync(liaisonOnA, "区民政局两节点同时修改的信息");
        using var adminOnB = nodes.B.Client(new CookieContainer());
        await adminOnB.LogInOkAsync("admin");

        var url = $"/Publications/Edit/{id}";
        var liaisonPage = await liaisonOnA.GetPageAsync(url);
        var adminPage = await adminOnB.GetPageAsync(url);
        (await liaisonOnA.SubmitAsync(liaisonPage, url, new Dictionary<string, string> { ["Input.Title"] = "区民政局两节点同时修改的信息（联络员在A改）" }))
            .IsRedirectTo($"/Publications/Details/{id}");
        var conflict = await adminOnB.SubmitAsync(adminPage, url, new Dictionary<string, string> { ["Input.Title"] = "区民政局两节点同时修改的信息（管理员在B改）" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("保存失败：该记录已被其他人修改。", await conflict.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        // Either node reads the first save: nothing was overwritten.
        foreach (var client in new[] { liaisonOnA, adminOnB })
        {
            var details = await client.GetPageAsync($"/Publications/Details/{id}");
            var shown = details.QuerySelector("main h1")!.TextContent;
            Assert.Contains("区民政局两节点同时修改的信息（联络员在A改）", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("管理员在B改", shown, StringComparison.Ordinal);
        }
    }

    private static async Task<string> CreateAsync(PortalClient client, string title)
    {
        var created = await client.SubmitAsync("/Publications/Create", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.PublishedOn"] = "2022-09-20",
            ["Input.Channel"] = "DisclosurePlatform",
            ["Input.Category"] = "WorkNews",
            ["Input.Url"] = "",
        });
        created.IsRedirectTo("/Publications/Details/");
        return created.Headers.Location!.PathAndQuery().Split('/').Last();
    }
}

/// <summary>
/// Node A and node B: `dotnet HuangshigangDisclosure.Web.dll` twice, on free ports, sharing a fresh
/// PostgreSQL database. A starts first (migrations, demo data); B starts on the migrated database
/// without demo data. Started by the first test (so a missing HSG_TEST_POSTGRES skips the tests).
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _folder = Directory.CreateTempSubdirectory("hsg-nodes-").FullName;
    private string? _database;
    private Task? _started;

    public PortalNode A { get; private set; } = null!;

    public PortalNode B { get; private set; } = null!;

    public async Task StartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _started ??= StartBothAsync();
        }
        finally
        {
            _gate.Release();
        }

        await _started;
    }

    private async Task StartBothAsync()
    {
        _database = await TestDatabase.CreatePostgreSqlAsync("hsg_nodes_");
        A = await PortalNode.StartAsync("a", _database, demo: true, _folder);
        B = await PortalNode.StartAsync("b", _database, demo: false, _folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started is not null)
        {
            A?.Dispose();
            B?.Dispose();
        }

        if (_database is not null)
        {
            await TestDatabase.DropPostgreSqlAsync(_database);
        }

        _gate.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still open is left for the system's temp cleaning.
        }
    }
}

/// <summary>One portal process, as an operator starts it, on http://127.0.0.1:{free port}.</summary>
public sealed class PortalNode : IDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private PortalNode(System.Diagnostics.Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote (start-up errors), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>A browser-like client of this node: keeps <paramref name="cookies"/>, shows redirects.</summary>
    public PortalClient Client(CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address });

    public static async Task<PortalNode> StartAsync(string name, string connectionString, bool demo, string folder)
    {
        var port = FreePort();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Default"] = connectionString,
                ["Demo__Enabled"] = demo ? "true" : "false",
                ["Logging__File__Path"] = Path.Combine(folder, $"node-{name}-.log"),
                ["Import__StagingFolder"] = Path.Combine(folder, $"imports-{name}"),
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "HuangshigangDisclosure.Web.dll"), "--contentRoot", AppContext.BaseDirectory, "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = System.Diagnostics.Process.Start(start)!;
        var node = new PortalNode(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Generous: on a busy two-core CI machine node A (migrations, demo data) has taken over 90 s.
            await node.WaitUntilHealthyAsync(TimeSpan.FromMinutes(4));
        }
        catch
        {
            node.Dispose();
            throw;
        }

        return node;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Node {Address} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Node {Address} was not healthy within {limit.TotalSeconds}s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
