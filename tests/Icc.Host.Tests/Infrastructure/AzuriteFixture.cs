using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Icc.Host.Tests.Infrastructure;

/// <summary>
/// Azurite on non-default ports (20000-20002, or <c>ICC_TEST_AZURITE_PORTS=blob,queue,table</c>), so the tests
/// never share storage with an Azurite another developer runs on 10000-10002. Uses one already answering;
/// otherwise starts <c>&lt;repo&gt;/.tools/azurite</c> and stops it afterwards.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // A test-only account, declared to Azurite through AZURITE_ACCOUNTS. Its key is derived here at run time,
    // so the repository holds no storage key at all, and a second run derives the same one and can reuse
    // an Azurite this fixture left running.
    private const string AccountName = "icchosttests";
    private static readonly string AccountKey = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData("icc-host-tests-account"u8));
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private Process? process;
    private string? location;

    /// <summary>The blob, queue and table ports.</summary>
    public (int Blob, int Queue, int Table) Ports { get; } = ReadPorts();

    /// <summary>True when this fixture started Azurite (and so stops it).</summary>
    public bool Started => this.process is not null;

    /// <summary>The connection string of the emulator account on <see cref="Ports"/>.</summary>
    public string ConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{this.Ports.Blob}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{this.Ports.Queue}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{this.Ports.Table}/{AccountName};");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (await this.AnswersAsync())
        {
            return;
        }

        var executable = FindAzurite();
        this.location = Path.Combine(Path.GetTempPath(), $"icc-host-tests-azurite-{Environment.ProcessId}");
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--silent", "--location", this.location, "--skipApiVersionCheck", "--loose",
            "--blobPort", Port(this.Ports.Blob), "--queuePort", Port(this.Ports.Queue), "--tablePort", Port(this.Ports.Table),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AZURITE_ACCOUNTS"] = $"{AccountName}:{AccountKey}";
        this.process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        this.process.OutputDataReceived += (_, _) => { };
        this.process.ErrorDataReceived += (_, _) => { };
        this.process.BeginOutputReadLine();
        this.process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!await this.AnswersAsync())
        {
            if (this.process.HasExited || deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException(
                    $"Azurite did not answer on ports {this.Ports} within {StartTimeout.TotalSeconds} s (exited: {this.process.HasExited}).");
            }

            await Task.Delay(200);
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (this.process is { HasExited: false })
        {
            this.process.Kill(entireProcessTree: true);
            await this.process.WaitForExitAsync();
        }

        this.process?.Dispose();
        if (this.location is not null && Directory.Exists(this.location))
        {
            Directory.Delete(this.location, recursive: true);
        }
    }

    private static (int Blob, int Queue, int Table) ReadPorts()
    {
        var setting = Environment.GetEnvironmentVariable("ICC_TEST_AZURITE_PORTS");
        if (string.IsNullOrWhiteSpace(setting))
        {
            return (20000, 20001, 20002);
        }

        var ports = setting.Split(',', StringSplitOptions.TrimEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return ports.Length == 3
            ? (ports[0], ports[1], ports[2])
            : throw new InvalidOperationException("ICC_TEST_AZURITE_PORTS must be three ports: blob,queue,table.");
    }

    private static string FindAzurite()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Icc.sln")))
            {
                var executable = Path.Combine(directory.FullName, ".tools", "azurite", "node_modules", ".bin", "azurite");
                return File.Exists(executable)
                    ? executable
                    : throw new InvalidOperationException(
                        $"Azurite is not answering and {executable} is missing: run " +
                        "`npm install --prefix .tools/azurite azurite@3.37.0 --no-audit --no-fund` in the repository.");
            }
        }

        throw new InvalidOperationException($"No Icc.sln above {AppContext.BaseDirectory}.");
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> AnswersAsync()
    {
        foreach (var port in new[] { this.Ports.Blob, this.Ports.Queue, this.Ports.Table })
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The tests sharing one Azurite; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Azurite";
}
