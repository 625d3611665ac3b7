using System.Globalization;
using System.Text;

namespace PaperCatalog.UnitTests.Benchmarks;

/// <summary>One row of corpus.tsv, read back from PostgreSQL COPY text independently of the generator's writer.</summary>
public sealed record CorpusRow(string Title, string Abstract, DateOnly PublishedOn, int Upvotes, int? AuthorCount, string? Organization, IReadOnlyList<string> Tags)
{
    public const int ColumnCount = 7;

    public static IReadOnlyList<CorpusRow> ReadTsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        Assert.EndsWith("\n", text);
        return [.. text[..^1].Split('\n').Select(Parse)];
    }

    /// <summary>Reads one line: a raw tab or newline can only be a separator, so fields are split first and unescaped after.</summary>
    public static CorpusRow Parse(string line)
    {
        var fields = line.Split('\t');
        Assert.Equal(ColumnCount, fields.Length);
        return new CorpusRow(
            Unescape(fields[0])!,
            Unescape(fields[1])!,
            DateOnly.ParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            int.Parse(fields[3], CultureInfo.InvariantCulture),
            Unescape(fields[4]) is { } authors ? int.Parse(authors, CultureInfo.InvariantCulture) : null,
            Unescape(fields[5]),
            Unescape(fields[6]) is { Length: > 0 } tags ? tags.Split(',') : []);
    }

    /// <summary>COPY's text escapes; <c>\N</c> is NULL.</summary>
    public static string? Unescape(string field)
    {
        if (field == "\\N")
        {
            return null;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\')
            {
                text.Append(field[i]);
                continue;
            }

            text.Append(field[++i] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '\\' => '\\',
                var other => throw new FormatException($"Unexpected escape \\{other}."),
            });
        }

        return text.ToString();
    }
}
