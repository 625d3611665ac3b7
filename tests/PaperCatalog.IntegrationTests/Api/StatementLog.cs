using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PaperCatalog.IntegrationTests.Api;

/// <summary>What Npgsql logged of the statements it sent through a data source built with <see cref="Factory"/>.</summary>
internal sealed class StatementLog : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _messages = new();
    private int _disposed;

    public StatementLog() => Factory = LoggerFactory.Create(builder => builder.AddProvider(this).SetMinimumLevel(LogLevel.Debug));

    public ILoggerFactory Factory { get; }

    /// <summary>The messages logged since the last call.</summary>
    public List<string> Take()
    {
        var taken = new List<string>();
        while (_messages.TryDequeue(out var message))
        {
            taken.Add(message);
        }

        return taken;
    }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _messages.Enqueue(formatter(state, exception));

    // The factory disposes its providers, this one too: only the first call goes on to the factory.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Factory.Dispose();
        }
    }
}
