using PaperCatalog.Ingestion.Dates;

namespace PaperCatalog.Ingestion.Parsing;

/// <summary>A record as a parser reads it, before dates without a year are resolved.</summary>
internal sealed record ParsedEntry(
    int LineNumber,
    string? Title,
    string Abstract,
    PartialDate? Date = null,
    int? AuthorCount = null,
    string? Organization = null,
    int? Upvotes = null,
    bool YearWasInferred = false);

/// <summary>What a parser made of a dump's lines.</summary>
internal sealed class ParseResult
{
    public List<ParsedEntry> Entries { get; } = [];

    public List<RecordRejection> Rejections { get; } = [];

    /// <summary>The date a Daily Papers page shows above its papers: the day it was captured.</summary>
    public PartialDate? PageDate { get; set; }

    public void Reject(DumpLine line, string reason) => Rejections.Add(RecordRejection.At(line, reason));
}
