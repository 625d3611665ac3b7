using System.Diagnostics;
using System.Globalization;

namespace PaperCatalog.Web.Hosting;

/// <summary>
/// Reports each API response's server time in a <c>Server-Timing</c> header, so that a client (the
/// benchmark, a browser's network panel) can tell the server's share of a request from the network's.
/// </summary>
public static class ServerTiming
{
    public const string Header = "Server-Timing";

    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.UseWhen(
        static context => context.Request.Path.StartsWithSegments("/api"),
        static api => api.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            context.Response.OnStarting(() =>
            {
                var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                context.Response.Headers[Header] = "app;dur=" + milliseconds.ToString("0.###", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context);
        }));
}
