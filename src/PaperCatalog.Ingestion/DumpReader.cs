using System.Globalization;
using System.Security.Cryptography;
using PaperCatalog.Domain.Papers;
using PaperCatalog.Domain.Text;
using PaperCatalog.Ingestion.Dates;
using PaperCatalog.Ingestion.Html;
using PaperCatalog.Ingestion.Parsing;
using PaperCatalog.Ingestion.Text;

namespace PaperCatalog.Ingestion;

/// <summary>
/// Reads one dump file into paper records: the single entry point of ingestion.
/// </summary>
public sealed class DumpReader(DumpReadOptions options)
{
    /// <summary>Reads the file at <paramref name="path"/>, refusing it unread when it is over the size limit.</summary>
    /// <exception cref="DumpFileException">The whole file is refused; nothing from it may be imported.</exception>
    public async Task<ParsedDump> ReadFileAsync(string path, CancellationToken cancellation = default)
    {
        var name = Path.GetFileName(path);
        var size = new FileInfo(path).Length;
        EnsureWithinLimit(name, size);
        var bytes = await File.ReadAllBytesAsync(path, cancellation);
        return await ReadAsync(name, bytes, cancellation);
    }

    /// <summary>Reads a dump from its bytes.</summary>
    /// <exception cref="DumpFileException">The whole file is refused; nothing from it may be imported.</exception>
    public async Task<ParsedDump> ReadAsync(string fileName, ReadOnlyMemory<byte> bytes, CancellationToken cancellation = default)
    {
        EnsureWithinLimit(fileName, bytes.Length);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        var text = DumpDecoder.Decode(fileName, bytes);
        var isHtml = false;
        DumpFormat format;
        ParseResult parsed;
        if (CatalogJson.LooksLikeJson(text.Start))
        {
            (format, parsed) = (DumpFormat.CatalogJson, CatalogJson.Parse(fileName, bytes.Span));
        }
        else
        {
            isHtml = HtmlDump.IsHtml(text.Start);
            var lines = isHtml ? await ReadHtmlAsync(fileName, text.Whole(), cancellation) : DumpLines.Split(text.Utf8.Span);
            format = DumpFormatDetector.Detect(lines) ?? throw UnknownFormat(fileName, lines);
            parsed = Parse(format, lines);
            if (!isHtml && !text.EndsWithLineBreak)
            {
                RejectCutOffLastRecord(parsed, lines[^1]);
            }
        }

        RejectOverlongOrganizations(parsed);
        if (parsed.Entries.Count == 0 && parsed.Rejections.Count == 0)
        {
            throw new DumpFileException(fileName, "the file holds no papers");
        }

        if (parsed.Entries.Count == 0)
        {
            throw new DumpFileException(fileName, $"no record could be read as {format}; the first problem: {parsed.Rejections[0].Reason}", parsed.Rejections[0].LineNumber);
        }

        var capture = CaptureDateOf(format, parsed);
        var records = parsed.Entries.Select(e => ToRecord(e, capture)).ToList();
        return new ParsedDump(fileName, checksum, bytes.Length, format, isHtml, capture, records, parsed.Rejections.OrderBy(r => r.LineNumber).ToList());
    }

    private void EnsureWithinLimit(string fileName, long size)
    {
        if (size > options.MaxFileBytes)
        {
            throw new DumpFileException(fileName, $"the file is {Megabytes(size)}, over the {Megabytes(options.MaxFileBytes)} limit");
        }
    }

    private async Task<List<DumpLine>> ReadHtmlAsync(string fileName, string html, CancellationToken cancellation)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        budget.CancelAfter(options.HtmlTimeBudget);
        try
        {
            return await HtmlDump.ToLinesAsync(html, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            var seconds = options.HtmlTimeBudget.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            throw new DumpFileException(fileName, $"the HTML page took longer than {seconds} s to read and was refused");
        }
    }

    private static ParseResult Parse(DumpFormat format, List<DumpLine> lines) => format switch
    {
        DumpFormat.AbstractPerLine => AbstractPerLineParser.Parse(lines),
        DumpFormat.TitleAbstractPairs => TitleAbstractPairsParser.Parse(lines),
        _ => DailyPapersParser.Parse(lines),
    };

    // Refused here, with its line, rather than by the database at the end of an import, which a bulk dry run never reaches.
    private static void RejectOverlongOrganizations(ParseResult parsed)
    {
        foreach (var entry in parsed.Entries.Where(static e => e.Organization?.Length > Paper.MaxOrganizationLength).ToList())
        {
            parsed.Entries.Remove(entry);
            parsed.Rejections.Add(new RecordRejection(entry.LineNumber, $"the organization is longer than {Paper.MaxOrganizationLength} characters", Excerpt(entry.Organization!)));
        }
    }

    private static void RejectCutOffLastRecord(ParseResult parsed, DumpLine lastLine)
    {
        if (parsed.Entries.Count > 0 && parsed.Entries[^1] is var last
            && lastLine.Text.EndsWith(last.Abstract, StringComparison.Ordinal)
            && Truncation.LooksCutOff(last.Abstract))
        {
            parsed.Entries.RemoveAt(parsed.Entries.Count - 1);
            parsed.Rejections.Add(new RecordRejection(last.LineNumber, Truncation.CutOffReason, Excerpt(last.Title ?? last.Abstract)));
        }
    }

    private DateOnly? CaptureDateOf(DumpFormat format, ParseResult parsed)
    {
        if (format != DumpFormat.DailyPapers)
        {
            return null;
        }

        var dates = parsed.Entries.Where(e => e.Date is not null).Select(e => e.Date!.Value);
        return CaptureDate.Infer(dates, parsed.PageDate, options.ImportDate, options.ReferenceDate);
    }

    private static PaperRecord ToRecord(ParsedEntry entry, DateOnly? capture)
    {
        DateOnly? published = null;
        var inferred = false;
        if (entry.Date is { } date)
        {
            inferred = date.Year is null || entry.YearWasInferred;
            published = date.Year is { } year ? CaptureDate.WithYear(date, year) : CaptureDate.LatestOnOrBefore(date, capture!.Value);
        }

        return new PaperRecord(entry.Title, entry.Abstract, published, inferred && published is not null, entry.AuthorCount, entry.Organization, entry.Upvotes, entry.LineNumber);
    }

    private static DumpFileException UnknownFormat(string fileName, List<DumpLine> lines)
    {
        if (lines.Count == 0)
        {
            return new DumpFileException(fileName, "the file is empty (no visible text)");
        }

        return new DumpFileException(
            fileName,
            $"unknown format: expected 'Abstract:' lines, title and abstract line pairs, or a Daily Papers page; the file starts with '{Excerpt(lines[0].Text)}'",
            lines[0].Number);
    }

    private static string Excerpt(string text) => TextClip.ToLength(text, 61)!;

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
