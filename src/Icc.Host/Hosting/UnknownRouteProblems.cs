using Icc.Application.Http;

namespace Icc.Host.Hosting;

/// <summary>
/// Gives the empty 404 and 405 that routing answers for an unknown path or a method a route does not take a
/// problem+json body, as every other error of the API has. It is middleware, not a route: the parity test
/// between the Functions app and this host compares route endpoints, so it rightly does not see it (the
/// Functions host answers unknown routes itself).
/// </summary>
internal static class UnknownRouteProblems
{
    /// <summary>Adds the middleware; the sidecar's gRPC port is left alone.</summary>
    public static WebApplication UseUnknownRouteProblems(this WebApplication app, int sidecarPort)
    {
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Connection.LocalPort == sidecarPort)
            {
                return;
            }

            var request = $"{http.Request.Method} {http.Request.Path}";
            var allowed = AllowedMethods(http.Request.Path);
            if (http.Response.StatusCode == StatusCodes.Status404NotFound && allowed.Count > 0)
            {
                // Routing answers a known path with another method 404 in this host (seen with the sidecar's gRPC
                // routes mapped beside the API), so the API's own route list decides.
                http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = string.Join(", ", allowed);
            }

            var problem = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => Problems.NotFound(
                    $"No route of the API matches {request}. Every route is described at /{Routes.Prefix}/{Routes.OpenApi}."),
                StatusCodes.Status405MethodNotAllowed => Problems.MethodNotAllowed(
                    $"The route does not take {http.Request.Method} (allowed: {http.Response.Headers.Allow}). Every route is described at /{Routes.Prefix}/{Routes.OpenApi}."),
                _ => null,
            };
            if (problem is not null)
            {
                await problem.ExecuteAsync(http);
            }
        });
        return app;
    }

    // The methods the API's routes take on this path (a {parameter} segment matches any one segment).
    private static IReadOnlyList<string> AllowedMethods(PathString path)
    {
        var prefix = "/" + Routes.Prefix + "/";
        if (path.Value is not { } value || !value.StartsWith(prefix, StringComparison.Ordinal))
        {
            return [];
        }

        var segments = value[prefix.Length..].Split('/');
        return Routes.All
            .Where(route => Matches(route.Template.Split('/'), segments))
            .Select(route => route.Method)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool Matches(string[] template, string[] segments) =>
        template.Length == segments.Length
        && template.Zip(segments).All(pair => pair.First.StartsWith('{') || string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
}
