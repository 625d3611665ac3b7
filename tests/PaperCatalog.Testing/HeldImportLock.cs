using Npgsql;
using PaperCatalog.Importing;
using Xunit;

namespace PaperCatalog.Testing;

/// <summary>The catalog's import lock held from outside, as a long import holds it, until released or disposed.</summary>
public sealed class HeldImportLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private HeldImportLock(NpgsqlConnection connection, NpgsqlTransaction transaction) => (_connection, _transaction) = (connection, transaction);

    public static async Task<HeldImportLock> TakeAsync(string connectionString)
    {
        var connection = await CatalogSql.OpenAsync(connectionString);
        var transaction = await connection.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ImportLock.Key})", connection, transaction);
        await take.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return new HeldImportLock(connection, transaction);
    }

    /// <summary>Ends the holder's transaction, and with it the lock.</summary>
    public Task ReleaseAsync() => _transaction.CommitAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
