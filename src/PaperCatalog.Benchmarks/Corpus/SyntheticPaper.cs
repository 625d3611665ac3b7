namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>One generated paper, reused from paper to paper within a chunk so nothing is allocated but the title.</summary>
internal sealed class SyntheticPaper
{
    public string Title { get; set; } = "";

    public CharBuffer Abstract { get; } = new();

    public DateOnly PublishedOn { get; set; }

    public int Upvotes { get; set; }

    /// <summary>The author count, or <c>null</c> when the byline names an organization.</summary>
    public int? AuthorCount { get; set; }

    /// <summary>The organization's handle and display name, when the byline names one.</summary>
    public (string Handle, string Name)? Organization { get; set; }

    /// <summary>The planted techniques, a bit mask over <see cref="PlantedTechnique.All"/>.</summary>
    public int Techniques { get; set; }
}
