using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Icc.Bench.Workflow;

/// <summary>
/// An Azurite of the bench's own: the repository's <c>.tools/azurite</c>, on free loopback ports, with its data in a
/// fresh temporary folder and an account whose key is made up for this run. Nothing the bench writes meets the
/// data of a running service or of another run; disposing stops it and deletes the folder.
/// </summary>
internal sealed class PrivateAzurite : IAsyncDisposable
{
    private const string Account = "iccbench";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly string location;

    private PrivateAzurite(Process process, string location, string connectionString)
    {
        this.process = process;
        this.location = location;
        this.ConnectionString = connectionString;
    }

    /// <summary>The connection string of the run's account.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts Azurite from <paramref name="repository"/>'s tool folder and waits until it answers.</summary>
    public static async Task<PrivateAzurite> StartAsync(string repository)
    {
        var executable = Path.Combine(repository, ".tools", "azurite", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: run ./scripts/azurite.sh install first.");
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var location = Directory.CreateTempSubdirectory("icc-bench-azurite-").FullName;
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--silent", "--location", location, "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", Port(blob), "--queuePort", Port(queue), "--tablePort", Port(table),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AZURITE_ACCOUNTS"] = $"{Account}:{key}";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new PrivateAzurite(process, location, string.Create(
            CultureInfo.InvariantCulture,
            $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={key};BlobEndpoint=http://127.0.0.1:{blob}/{Account};" +
            $"QueueEndpoint=http://127.0.0.1:{queue}/{Account};TableEndpoint=http://127.0.0.1:{table}/{Account};"));
        var waited = Stopwatch.StartNew();
        while (!(await AnswersAsync(blob) && await AnswersAsync(queue) && await AnswersAsync(table)))
        {
            if (process.HasExited || waited.Elapsed > StartTimeout)
            {
                await azurite.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not answer within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }

        return azurite;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!this.process.HasExited)
        {
            this.process.Kill(entireProcessTree: true);
            await this.process.WaitForExitAsync();
        }

        this.process.Dispose();
        Directory.Delete(this.location, recursive: true);
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    /// <summary>A loopback port free right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
