using System.Diagnostics;
using System.Net.Sockets;
using Icc.Application.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Icc.Application.Tests.Infrastructure;

/// <summary>
/// The real storage the tests run against: Azurite, started by scripts/test.sh, or by the first test that
/// needs it when the tests run alone. Each test class gets its own table and container prefix, so classes
/// run in parallel without meeting.
/// </summary>
public static class Azurite
{
    private static readonly Lazy<string> Ready = new(EnsureRunning, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string, after making sure Azurite answers.</summary>
    public static string ConnectionString => Ready.Value;

    /// <summary>A fresh prefix: letters and digits only, valid for tables and containers alike.</summary>
    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A service provider with the storage of a fresh prefix, its tables and containers created.</summary>
    public static async Task<ServiceProvider> StorageAsync(string? prefix = null)
    {
        var services = new ServiceCollection().AddIccStorage(ConnectionString, prefix ?? NewPrefix()).BuildServiceProvider();
        await services.GetRequiredService<StorageSetup>().EnsureCreatedAsync();
        return services;
    }

    private static string EnsureRunning()
    {
        var connection = Environment.GetEnvironmentVariable("ICC_STORAGE") ?? "UseDevelopmentStorage=true";
        if (connection == "UseDevelopmentStorage=true" && !Answers(10002))
        {
            var script = Path.Combine(RepoRoot(), "scripts", "azurite.sh");
            using var process = Process.Start(new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true })!;
            process.WaitForExit(120_000);
            if (!Answers(10002))
            {
                throw new InvalidOperationException("Azurite is not running and scripts/azurite.sh start could not start it.");
            }
        }

        return connection;
    }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(1)) && client.Connected;
        }
        catch (Exception ex) when (ex is SocketException or AggregateException)
        {
            return false;
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Icc.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Icc.sln not found above the test folder.");
    }
}
