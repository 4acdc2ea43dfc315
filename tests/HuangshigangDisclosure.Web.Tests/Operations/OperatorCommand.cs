using System.Diagnostics;

namespace HuangshigangDisclosure.Web.Tests.Operations;

/// <summary>Runs the real program with operator arguments, as an operator would, with the given settings.</summary>
public static class OperatorCommand
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("hsg-command-");
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["Logging__File__Path"] = Path.Combine(folder.FullName, "portal-.log"),
                    ["Serilog__MinimumLevel__Default"] = "Warning",
                },
            };
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }

            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "HuangshigangDisclosure.Web.dll"));
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var token = TestContext.Current.CancellationToken;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(token);
            var errors = process.StandardError.ReadToEndAsync(token);
            await process.WaitForExitAsync(token);
            return new Outcome(process.ExitCode, await output, await errors);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
