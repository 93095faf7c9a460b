using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Icc.Host.Hosting;

/// <summary>The host's two endpoints: the public HTTP/1.1 API and the loopback HTTP/2 endpoint of the gRPC sidecar.</summary>
internal static class KestrelEndpoints
{
    /// <summary>Replaces the default URLs with the two endpoints of <paramref name="settings"/>.</summary>
    public static IWebHostBuilder UseIccEndpoints(this IWebHostBuilder web, HostSettings settings) =>
        web.ConfigureKestrel(kestrel =>
        {
            ListenPublic(kestrel, settings);

            // gRPC over cleartext needs HTTP/2 with prior knowledge, so this endpoint speaks nothing else.
            kestrel.Listen(IPAddress.Loopback, settings.SidecarPort, listen => listen.Protocols = HttpProtocols.Http2);
        });

    private static void ListenPublic(KestrelServerOptions kestrel, HostSettings settings)
    {
        static void Http1(ListenOptions listen) => listen.Protocols = HttpProtocols.Http1;

        switch (settings.HttpAddress)
        {
            case "localhost":
                kestrel.ListenLocalhost(settings.HttpPort, Http1);
                break;
            case "*" or "+" or "0.0.0.0":
                kestrel.ListenAnyIP(settings.HttpPort, Http1);
                break;
            default:
                kestrel.Listen(IPAddress.Parse(settings.HttpAddress), settings.HttpPort, Http1);
                break;
        }
    }
}
