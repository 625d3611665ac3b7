using Npgsql;

namespace PaperCatalog.Web.Components.Shared;

/// <summary>
/// Tells a failure of the database (down, busy, too slow, in a conflict with another change) from a failure of ours,
/// in words for the person whose page it broke.
/// </summary>
public static class DatabaseFailure
{
    public const string Unreachable = "the catalog's database could not be reached";
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
            if (Of(cause) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    private static string? Of(Exception cause) => cause switch
    {
        TimeoutException => TooSlow,
        PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } => TooSlow,
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable } => Conflict,

        // Connections refused or cut: class 08, too many connections (53), shutdowns and terminations (57P), and a
        // database closed to connections (55000).
        PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || state.StartsWith("57P", StringComparison.Ordinal) || state == PostgresErrorCodes.ObjectNotInPrerequisiteState => Unreachable,

        // Any other error PostgreSQL reports (a constraint, a syntax error) is ours to fix, not the person's to retry.
        PostgresException => null,
        NpgsqlException { InnerException: TimeoutException } => TooSlow,
        NpgsqlException => Unreachable,
        _ => null,
    };
}
