namespace PaperCatalog.Domain.Tags;

/// <summary>An ML technique or free topic that papers can carry.</summary>
public sealed class Tag
{
    public int Id { get; set; }

    /// <summary>The URL-safe identifier, always made by <see cref="TagSlug.Normalize"/>.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public TagKind Kind { get; set; }

    /// <summary>Other names the tag goes by ("KD", "MoE"), shown to readers and matched by filters.</summary>
    public List<string> Aliases { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What a tag stands for.</summary>
public enum TagKind
{
    /// <summary>An ML technique from the shipped taxonomy or added by an editor.</summary>
    Technique,

    /// <summary>A free topic added by an editor.</summary>
    Topic,
}
