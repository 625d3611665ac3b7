namespace PaperCatalog.Ingestion;

/// <summary>The layouts of text that dumps come in; see docs/dump-format.md for the grammar.</summary>
public enum DumpFormat
{
    /// <summary>One paper per line, <c>Abstract:&lt;text&gt;</c>, no titles.</summary>
    AbstractPerLine,

    /// <summary>A papers-search page: chrome, then title and abstract on alternating lines.</summary>
    TitleAbstractPairs,

    /// <summary>A Daily Papers page: chrome, a page date, then blocks of title, abstract, byline and date.</summary>
    DailyPapers,

    /// <summary>The catalog's own JSON export, which imports again without loss.</summary>
    CatalogJson,
}
