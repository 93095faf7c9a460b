using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Icc.Application.Tests.Telemetry;

/// <summary>One captured log line: its category, template, formatted message and the scope values around it.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string? Template, string Message, IReadOnlyDictionary<string, object?> Scope);

/// <summary>
/// A logger provider that records every line with the key/value pairs of the scopes around it, as an
/// exporter that includes scopes would see them (it takes the factory's shared scopes, like the console logger).
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> logs = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Logs => [.. this.logs];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => this.scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add<TState>(string category, LogLevel level, TState state, string message)
    {
        var scope = new Dictionary<string, object?>();
        this.scopes.ForEachScope(
            (value, into) =>
            {
                if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var pair in pairs)
                    {
                        into[pair.Key] = pair.Value;
                    }
                }
            },
            scope);
        var template = (state as IEnumerable<KeyValuePair<string, object?>>)?.FirstOrDefault(p => p.Key == "{OriginalFormat}").Value as string;
        this.logs.Enqueue(new CapturedLog(category, level, template, message, scope));
    }

    private sealed class CapturingLogger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Add(category, logLevel, state, formatter(state, exception));
    }
}
