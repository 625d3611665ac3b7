using Npgsql;
using NpgsqlTypes;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Ingestion;

namespace PaperCatalog.Importing.Bulk;

/// <summary>
/// The unlogged table a bulk import loads into before it touches the catalog. Unlogged and
/// per run, so that several connections can COPY into it at once and a failed run leaves the
/// catalog as it was.
/// </summary>
internal sealed class StagingTable(string connectionString, long id)
{
    public string Name { get; } = $"import_staging_{id}";

    /// <summary>
    /// A staging table's id: its run's start in milliseconds, times 1,000, plus a <paramref name="salt"/> under
    /// 1,000 that keeps two runs started in the same millisecond apart. Older runs have smaller ids.
    /// </summary>
    public static long IdFor(DateTimeOffset started, int salt) => started.ToUnixTimeMilliseconds() * 1000 + salt;

    // Rows are kept whole up to a page, so that the text is not compressed here: papers receive a value
    // compressed elsewhere as it is, and this table's pglz would stand in for the papers' lz4 (ADR-023).
    public async Task CreateAsync(CancellationToken cancellation)
    {
        await ExecuteAsync(
            $"""
            DROP TABLE IF EXISTS {Name};
            CREATE UNLOGGED TABLE {Name} (
                file_order integer NOT NULL, file_name text NOT NULL, file_checksum text NOT NULL, line_number integer NOT NULL,
                title text NOT NULL, title_is_derived boolean NOT NULL, title_key uuid, abstract text NOT NULL, abstract_key uuid NOT NULL,
                published_on date, published_year_inferred boolean NOT NULL, author_count integer, organization text, upvotes integer)
                WITH (toast_tuple_target = 8160)
            """,
            cancellation);
    }

    /// <summary>Copies one parsed dump's records in PostgreSQL's binary format, on its own connection.</summary>
    public async Task LoadAsync(NpgsqlConnection connection, ParsedDump dump, int fileOrder, CancellationToken cancellation)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Name} (file_order, file_name, file_checksum, line_number, title, title_is_derived, title_key, abstract, abstract_key, published_on, published_year_inferred, author_count, organization, upvotes) FROM STDIN (FORMAT BINARY)",
            cancellation);
        foreach (var record in dump.Records)
        {
            await writer.StartRowAsync(cancellation);
            await writer.WriteAsync(fileOrder, NpgsqlDbType.Integer, cancellation);
            await writer.WriteAsync(dump.FileName, NpgsqlDbType.Text, cancellation);
            await writer.WriteAsync(dump.Checksum, NpgsqlDbType.Text, cancellation);
            await writer.WriteAsync(record.LineNumber, NpgsqlDbType.Integer, cancellation);
            await writer.WriteAsync(record.Title ?? DerivedTitle.From(record.Abstract), NpgsqlDbType.Text, cancellation);
            await writer.WriteAsync(record.Title is null, NpgsqlDbType.Boolean, cancellation);
            await WriteNullableAsync(writer, record.TitleKey, NpgsqlDbType.Uuid, cancellation);
            await writer.WriteAsync(record.Abstract, NpgsqlDbType.Text, cancellation);
            await writer.WriteAsync(record.AbstractKey, NpgsqlDbType.Uuid, cancellation);
            await WriteNullableAsync(writer, record.PublishedOn, NpgsqlDbType.Date, cancellation);
            await writer.WriteAsync(record.PublishedYearInferred, NpgsqlDbType.Boolean, cancellation);
            await WriteNullableAsync(writer, record.AuthorCount, NpgsqlDbType.Integer, cancellation);
            await WriteNullableAsync(writer, record.Organization, NpgsqlDbType.Text, cancellation);
            await WriteNullableAsync(writer, record.Upvotes, NpgsqlDbType.Integer, cancellation);
        }

        await writer.CompleteAsync(cancellation);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellation)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(cancellation);
        }
        else
        {
            await writer.WriteAsync(value, type, cancellation);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
