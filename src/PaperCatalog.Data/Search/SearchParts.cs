namespace PaperCatalog.Data.Search;

/// <summary>The parts of a search to compute; pages walked in a loop, such as exports, need only the rows.</summary>
[Flags]
public enum SearchParts
{
    Rows = 0,
    Count = 1,
    Facets = 2,
    Highlights = 4,
    All = Count | Facets | Highlights,
}
