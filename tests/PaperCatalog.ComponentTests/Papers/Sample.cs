using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.ComponentTests.Papers;

/// <summary>Papers and search results to render.</summary>
internal static class Sample
{
    public static readonly PaperTagInfo Distillation = new("distillation", "Knowledge distillation", TagSource.Automatic, 0.6, null);

    public static readonly PaperTagInfo Compression = new("model-compression", "Model compression", TagSource.Manual, 1, null);

    public static PaperSummary Paper(long id = 42, string title = "Knowledge Distillation via Token-level Relationship Graph", bool derived = false, params PaperTagInfo[] tags) => new(
        id,
        title,
        HighlightedText.Plain(title),
        derived,
        "Knowledge distillation is a powerful technique for transferring knowledge from a teacher to a student.",
        HighlightedText.Plain("Knowledge distillation is a powerful technique…"),
        new DateOnly(2023, 6, 20),
        false,
        3,
        null,
        0,
        tags,
        [new SourceInfo("001_6e52ae5627ce65b1.txt", 71)]);

    public static PaperSearchResult Result(int total, IReadOnlyList<PaperSummary> items, bool queryIgnored = false, bool totalIsCapped = false) =>
        new(total, items, SearchFacets.Empty, null, null, queryIgnored, totalIsCapped);
}
