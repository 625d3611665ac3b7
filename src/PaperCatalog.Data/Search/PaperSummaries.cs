using Npgsql;
using NpgsqlTypes;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Data.Search;

/// <summary>Loads what result lists show of the given papers, in the given order.</summary>
internal static class PaperSummaries
{
    private const int ExcerptLength = 320;

    private const string TitleOptions = "StartSel=" + HighlightedText.StartMark + ", StopSel=" + HighlightedText.StopMark + ", HighlightAll=true";

    private const string SnippetOptions = "StartSel=" + HighlightedText.StartMark + ", StopSel=" + HighlightedText.StopMark +
        ", MaxWords=30, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    public static async Task<IReadOnlyList<PaperSummary>> LoadAsync(NpgsqlConnection connection, IReadOnlyList<long> ids, string? query, CancellationToken cancellation)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        NpgsqlParameter[] parameters =
        [
            new("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() },
            new("q", NpgsqlDbType.Text) { Value = query ?? "" },
            new("title_options", NpgsqlDbType.Text) { Value = TitleOptions },
            new("snippet_options", NpgsqlDbType.Text) { Value = SnippetOptions },
        ];
        var headline = query is null
            ? "NULL, NULL"
            : "ts_headline('english', p.title, websearch_to_tsquery('english', @q), @title_options), ts_headline('english', p.abstract, websearch_to_tsquery('english', @q), @snippet_options)";
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(PaperSearch.Command(
            $"SELECT p.id, p.title, p.title_is_derived, p.abstract, p.published_on, p.published_year_inferred, p.author_count, p.organization, p.upvotes, {headline} FROM papers p WHERE p.id = ANY(@ids)",
            parameters));
        batch.BatchCommands.Add(PaperSearch.Command(
            "SELECT pt.paper_id, t.slug, t.name, pt.source, pt.confidence, pt.evidence FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.paper_id = ANY(@ids) AND NOT pt.is_rejected ORDER BY t.name",
            parameters));
        batch.BatchCommands.Add(PaperSearch.Command(
            "SELECT s.paper_id, d.file_name, s.line_number FROM paper_sources s JOIN dump_files d ON d.id = s.dump_file_id WHERE s.paper_id = ANY(@ids) ORDER BY s.import_run_id, s.dump_file_id, s.line_number",
            parameters));

        await using var reader = await batch.ExecuteReaderAsync(cancellation);
        var rows = new Dictionary<long, Func<IReadOnlyList<PaperTagInfo>, IReadOnlyList<SourceInfo>, PaperSummary>>();
        while (await reader.ReadAsync(cancellation))
        {
            rows[reader.GetInt64(0)] = Summary(reader);
        }

        await reader.NextResultAsync(cancellation);
        var tags = new Dictionary<long, List<PaperTagInfo>>();
        while (await reader.ReadAsync(cancellation))
        {
            var source = Enum.Parse<TagSource>(reader.GetString(3));
            ListFor(tags, reader.GetInt64(0)).Add(new PaperTagInfo(reader.GetString(1), reader.GetString(2), source, reader.GetDouble(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        await reader.NextResultAsync(cancellation);
        var sources = new Dictionary<long, List<SourceInfo>>();
        while (await reader.ReadAsync(cancellation))
        {
            ListFor(sources, reader.GetInt64(0)).Add(new SourceInfo(reader.GetString(1), reader.GetInt32(2)));
        }

        return ids.Where(rows.ContainsKey).Select(id => rows[id](tags.GetValueOrDefault(id) ?? [], sources.GetValueOrDefault(id) ?? [])).ToList();
    }

    private static Func<IReadOnlyList<PaperTagInfo>, IReadOnlyList<SourceInfo>, PaperSummary> Summary(NpgsqlDataReader reader)
    {
        var (id, title, derived, abstractText) = (reader.GetInt64(0), reader.GetString(1), reader.GetBoolean(2), reader.GetString(3));
        DateOnly? published = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4);
        var (inferred, authors, organization, upvotes) = (reader.GetBoolean(5), reader.IsDBNull(6) ? (int?)null : reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetInt32(8));
        var titleHighlight = reader.IsDBNull(9) ? HighlightedText.Plain(title) : HighlightedText.FromHeadline(reader.GetString(9), title);
        var snippet = reader.IsDBNull(10) ? HighlightedText.Plain(Excerpt(abstractText)) : HighlightedText.FromHeadline(reader.GetString(10), abstractText).AsExcerptOf(abstractText);
        return (tags, sources) => new PaperSummary(id, title, titleHighlight, derived, abstractText, snippet, published, inferred, authors, organization, upvotes, tags, sources);
    }

    private static List<T> ListFor<T>(Dictionary<long, List<T>> lists, long id)
    {
        if (!lists.TryGetValue(id, out var list))
        {
            lists[id] = list = [];
        }

        return list;
    }

    private static string Excerpt(string text)
    {
        if (text.Length <= ExcerptLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ExcerptLength);
        return text[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)] + "…";
    }
}
