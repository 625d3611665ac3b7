using PaperCatalog.Data.Search;

namespace PaperCatalog.Benchmarks.Bench;

/// <summary>One query of the rotating set: its kind (band, two terms, phrase…), its text and filters.</summary>
internal sealed record BenchQuery(string Kind, string Text, IReadOnlyList<string> Tags)
{
    public PaperSearchCriteria Criteria(PaperSort? sort = null) => new() { Query = Text, Tags = Tags, Sort = sort };

    public override string ToString() => Tags.Count == 0 ? Text : $"{Text} [tags={string.Join(',', Tags)}]";
}
