using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Icc.Host.Tests.Infrastructure;

/// <summary>
/// The standalone host as a separate process, so a test can kill it outright (SIGKILL) and start another on
/// the same task hub, as a crash and a restart would. Its output goes to a log file in the temp folder.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly object LogGate = new();
    private readonly Process process;
    private readonly List<(string Text, TaskCompletionSource<string> Seen)> watches = [];

    private HostProcess(Process process, Uri apiAddress)
    {
        this.process = process;
        this.ApiAddress = apiAddress;
    }

    public Uri ApiAddress { get; }

    /// <param name="extraArgs">More command-line settings, e.g. log levels.</param>
    public static async Task<HostProcess> StartAsync(
        AzuriteFixture azurite, string taskHub, int httpPort, int sidecarPort, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "Icc.Host.dll"),
            $"--AzureWebJobsStorage={azurite.ConnectionString}",
            $"--Durable:TaskHub={taskHub}",
            "--Host:HttpAddress=127.0.0.1",
            string.Create(CultureInfo.InvariantCulture, $"--Host:HttpPort={httpPort}"),
            string.Create(CultureInfo.InvariantCulture, $"--Host:SidecarPort={sidecarPort}"),
            "--environment=Development",
            "--Icc:Telemetry:Console=false",
            .. extraArgs,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var log = Path.Combine(Path.GetTempPath(), $"icc-host-{taskHub}.log");
        var process = Process.Start(start)!;
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{httpPort}"));
        process.OutputDataReceived += (_, e) => host.Observe(log, e.Data);
        process.ErrorDataReceived += (_, e) => host.Observe(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = host.ApiAddress };
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"The host process exited with code {process.ExitCode}; see {log}.");
                }

                try
                {
                    using var response = await http.GetAsync(new Uri("/api/health", UriKind.Relative), cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        return host;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(200, cancellationToken);
            }
        }
        catch
        {
            // A host that never became ready must not outlive the test, holding ports and storage.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw;
        }
    }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Completes with the first line the process writes from now on that contains <paramref name="text"/>.
    /// Call it before the action that should cause the line.
    /// </summary>
    public Task<string> NextLineContainingAsync(string text)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (this.watches)
        {
            this.watches.Add((text, seen));
        }

        return seen.Task;
    }

    /// <summary>Kills the process at once, as a crash would: no graceful shutdown.</summary>
    public void Kill()
    {
        if (!this.process.HasExited)
        {
            this.process.Kill(entireProcessTree: true);
            this.process.WaitForExit();
        }
    }

    /// <summary>
    /// Sends SIGTERM, as a service manager or <c>docker stop</c> would, and waits up to <paramref name="bound"/>
    /// for the process to exit. Returns how long it took, or null if it was still running (it is then killed).
    /// </summary>
    public async Task<TimeSpan?> TerminateAsync(TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", this.process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await this.process.WaitForExitAsync(timeout.Token);
            return watch.Elapsed;
        }
        catch (OperationCanceledException)
        {
            this.Kill();
            return null;
        }
    }

    public ValueTask DisposeAsync()
    {
        this.Kill();
        this.process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Observe(string log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (LogGate)
        {
            File.AppendAllText(log, line + Environment.NewLine);
        }

        lock (this.watches)
        {
            foreach (var watch in this.watches.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                this.watches.Remove(watch);
                watch.Seen.TrySetResult(line);
            }
        }
    }
}
