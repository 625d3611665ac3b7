using Npgsql;
using PaperCatalog.Importing;
using Xunit;

namespace PaperCatalog.Testing;

/// <summary>The catalog's import lock held from outside, as a long import holds it, until released or disposed.</summary>
public sealed class HeldImportLock : IAsyncDisposable
{
    // Test classes run side by side, each in a database of its own on one server.
    private const string Waiters = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private readonly string _connectionString;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private HeldImportLock(string connectionString, NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        (_connectionString, _connection, _transaction) = (connectionString, connection, transaction);

    public static async Task<HeldImportLock> TakeAsync(string connectionString)
    {
        var connection = await CatalogSql.OpenAsync(connectionString);
        var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ImportLock.Key})", connection, transaction);
        await take.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return new HeldImportLock(connectionString, connection, transaction);
    }

    /// <summary>
    /// Returns once someone waits for the lock: a page says it waits from the click, but its statement reaches the lock
    /// only a moment later.
    /// </summary>
    public async Task WaitForWaiterAsync()
    {
        for (var tries = 0; await CatalogSql.ScalarAsync(_connectionString, Waiters) == 0; tries++)
        {
            if (tries == 300)
            {
                throw new TimeoutException("No one waited for the import lock within 30 s.");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Ends the holder's transaction, and with it the lock.</summary>
    public Task ReleaseAsync() => _transaction.CommitAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
