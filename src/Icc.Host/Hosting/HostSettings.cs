using System.Globalization;

namespace Icc.Host.Hosting;

/// <summary>
/// Where the standalone host listens, bound from the configuration section <c>Host</c>
/// (<c>--Host:HttpPort=8080</c>, <c>Host__SidecarPort=9090</c>).
/// </summary>
public sealed class HostSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Host";

    /// <summary>The interface of the public HTTP/1.1 API: <c>localhost</c>, <c>*</c> for every interface, or an IP address.</summary>
    public string HttpAddress { get; set; } = "localhost";

    /// <summary>The port of the public HTTP/1.1 API.</summary>
    public int HttpPort { get; set; } = 7071;

    /// <summary>
    /// The port of the internal HTTP/2-only endpoint serving the Durable Task sidecar's gRPC service.
    /// It listens on 127.0.0.1 only: the worker and client in this process are its only callers.
    /// </summary>
    public int SidecarPort { get; set; } = 7072;

    /// <summary>
    /// How long a graceful stop may take. The Durable backend drains and releases its partitions first (about a
    /// second, see TaskHubLifecycle; at most 20 s before the host moves on); cut short, the leases only expire
    /// later and the next instance on another worker id waits for them.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(75);

    /// <summary>The public API's base address, for logs.</summary>
    public string HttpUrl => string.Create(CultureInfo.InvariantCulture, $"http://{this.HttpAddress}:{this.HttpPort}");

    /// <summary>The address the worker and client dial.</summary>
    public Uri SidecarAddress => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{this.SidecarPort}"));

    /// <summary>Reads the section, with the defaults above for anything missing.</summary>
    public static HostSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<HostSettings>() ?? new HostSettings();
}
