using Npgsql;
using PaperCatalog.Data.Search;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>The baselines' SQL, run straight through Npgsql on one open connection.</summary>
internal sealed class DirectSql(NpgsqlConnection connection)
{
    private readonly Dictionary<BenchQuery, PaperSearchSql> _sql = [];

    /// <summary>Builds the query's SQL (reading its tags' ids) before any of it is timed.</summary>
    public Task PrepareAsync(BenchQuery query) => SqlAsync(query);

    /// <summary>The app's top-20 query, as PaperSearch sends it with its totals: whether its window counted the matches tells whether the app counts them again.</summary>
    public async Task<PageIds> PageAsync(BenchQuery query)
    {
        var sql = await SqlAsync(query);
        await using var command = Command(sql.Page(21, 0), sql.Parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        var windowCounted = false;
        while (await reader.ReadAsync())
        {
            // A relevance window that holds every match, or reads on to count them, ends with a row of ids, which is not a page row.
            if (reader.IsDBNull(0))
            {
                windowCounted = true;
                continue;
            }

            ids.Add(reader.GetInt64(0));
        }

        return new PageIds(ids.Take(20).ToList(), windowCounted);
    }

    /// <summary>The exact top-k over the text index, same filters but no phrase guide: every match ranked, then the best 20.</summary>
    public async Task<List<long>> NaiveAsync(BenchQuery query)
    {
        var sql = await SqlAsync(query);
        return await IdsAsync($"SELECT p.id FROM papers p WHERE {sql.Filters(guided: false)} ORDER BY {PaperSearchSql.Rank} DESC, p.id DESC LIMIT 20", sql);
    }

    /// <summary>
    /// How many of <paramref name="ids"/> rank at least as high as the exact 20th match: a paper that ties with the
    /// exact top-20 counts, because which of many equal ranks the id order picks says nothing about ranking.
    /// </summary>
    public async Task<long> AmongBestAsync(BenchQuery query, IReadOnlyList<long> ids)
    {
        var sql = await SqlAsync(query);
        var best = $"SELECT {PaperSearchSql.Rank} AS rank FROM papers p WHERE {sql.Filters(guided: false)} ORDER BY rank DESC LIMIT 20";
        await using var command = Command($"SELECT count(*) FROM papers p WHERE p.id = ANY(@ids) AND {PaperSearchSql.Rank} >= (SELECT min(rank) FROM ({best}) best)", sql.Parameters);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> CountAsync(BenchQuery query)
    {
        var sql = await SqlAsync(query);
        // The exact count, as a plain count(*) over the same filters, without the phrase guide (the app's own count stops at its cap).
        await using var command = Command($"SELECT count(*) FROM papers p WHERE {sql.Filters(guided: false)}", sql.Parameters);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The app's own count, which stops at its cap, planned as the app plans it (a phrase through RUM).</summary>
    public async Task<long> CappedCountAsync(BenchQuery query)
    {
        var sql = await SqlAsync(query);
        await using var transaction = await connection.BeginTransactionAsync();
        if (sql.CountPlan is { } plan)
        {
            await using var planning = Command(plan, sql.Parameters);
            await planning.ExecuteNonQueryAsync();
        }

        await using var command = Command(sql.Count, sql.Parameters);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<long>> IdsAsync(string text, PaperSearchSql sql)
    {
        await using var command = Command(text, sql.Parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids.Take(20).ToList();
    }

    // As the app builds it: the baselines filter by the same tag ids and see the same RUM index.
    private async Task<PaperSearchSql> SqlAsync(BenchQuery query) =>
        _sql.TryGetValue(query, out var sql) ? sql : _sql[query] = await PaperSearchSql.ForAsync(connection, query.Criteria(), CancellationToken.None);

    private NpgsqlCommand Command(string text, IEnumerable<NpgsqlParameter> parameters)
    {
        var command = new NpgsqlCommand(text, connection) { CommandTimeout = 0 };
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
    }
}

/// <summary>The ids of a top-20 and whether the relevance window they were cut from counted the matches (it held them all, or read on to count them).</summary>
internal sealed record PageIds(List<long> Ids, bool WindowCounted);
