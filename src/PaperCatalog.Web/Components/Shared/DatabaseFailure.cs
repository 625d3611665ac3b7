using Npgsql;

namespace PaperCatalog.Web.Components.Shared;

/// <summary>
/// Tells a failure of the database (down, short of resources, too slow, in a conflict with another change) from a
/// failure of ours, in words for the person whose page it broke.
/// </summary>
public static class DatabaseFailure
{
    public const string Unreachable = "the catalog's database could not be reached";
    public const string OutOfResources = "the catalog's database is short of disk space or memory";
    public const string TooSlow = "the catalog's database took too long to answer";
    public const string Conflict = "another change to the same rows was being written at the same time";

    /// <summary>
    /// What went wrong, for a failure of the database anywhere in <paramref name="failure"/>'s chain of causes (EF Core
    /// wraps Npgsql's); null for anything else, which is a bug and is left to the page's error boundary.
    /// </summary>
    public static string? Describe(Exception failure)
    {
        for (var cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is NpgsqlException or TimeoutException)
            {
                return Of(cause);
            }
        }

        return null;
    }

    private static string? Of(Exception cause) => cause switch
    {
        PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } => TooSlow,
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable } => Conflict,

        // FATAL ends the session: a database closed to connections, too many of them, a shutdown or a termination.
        PostgresException { InvariantSeverity: "FATAL" or "PANIC" } => Unreachable,
        PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) || state == PostgresErrorCodes.CannotConnectNow => Unreachable,
        PostgresException { SqlState: var state } when state.StartsWith("53", StringComparison.Ordinal) || state == PostgresErrorCodes.IoError => OutOfResources,

        // Any other error PostgreSQL reports (a constraint, a syntax error, lastval() before nextval()) is ours to fix,
        // not the person's to retry.
        PostgresException => null,
        TimeoutException or NpgsqlException { InnerException: TimeoutException } => TooSlow,

        // Sockets refused or broken; not a misuse of a connection (an operation already in progress), which is a bug.
        NpgsqlException { IsTransient: true } => Unreachable,
        _ => null,
    };
}
