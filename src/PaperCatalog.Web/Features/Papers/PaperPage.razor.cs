using Microsoft.AspNetCore.Components;
using PaperCatalog.Data.Search;
using PaperCatalog.Domain.Tagging;
using PaperCatalog.Web.Components.Shared;
using PaperCatalog.Web.Features.Tagging;
using PaperCatalog.Web.Features.Tags;

namespace PaperCatalog.Web.Features.Papers;

/// <summary>One paper in full: abstract, metadata, techniques with their reasons, provenance and related papers.</summary>
public partial class PaperPage
{
    [Inject] private GetPaper GetPaper { get; set; } = default!;
    [Inject] private RelatedPapers Related { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private GetTagHistory TagHistory { get; set; } = default!;
    [Inject] private ListTags ListTags { get; set; } = default!;

    /// <summary>The paper's id, from the route.</summary>
    [Parameter]
    public long Id { get; set; }

    /// <summary>The search the reader came from; its words are marked in the title and abstract.</summary>
    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary>
    /// What the prerender showed, handed to the interactive render so that it shows the paper at once instead of a
    /// loading bar while it reads it again (ADR-015).
    /// </summary>
    [PersistentState]
    public Handover<PrerenderedPaper>? Prerendered { get; set; }

    private PaperDetails? _paper;
    private string? _query;
    private PaperTagInfo? _selectedTag;

    // Generic title words say nothing about why two papers are related.
    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "via", "using", "towards", "toward", "based", "approach", "method", "methods", "model", "models", "learning", "large", "deep",
        "neural", "network", "networks", "efficient", "improving", "novel", "new", "framework", "study", "analysis", "language", "knowledge",
    };

    // With a tag selected, its evidence is marked instead of the search's words.
    private HighlightedText TitleShown => Shown(_paper!.Title, EvidenceSpan.Title);

    private HighlightedText AbstractShown => Shown(_paper!.Abstract, EvidenceSpan.Abstract);

    private HighlightedText Shown(HighlightedText searched, string field) =>
        _selectedTag is null ? searched : EvidenceHighlights.In(_paper!.Title.Text, _paper.Abstract.Text, _selectedTag.Evidence, field);

    private string EvidenceClass(string classes) => _selectedTag is null ? classes : classes + " showing-evidence";

    // Null when the lookup ran out of time (RelatedPapers.DefaultBudget).
    private IReadOnlyList<RelatedPaper>? _related = [];
    private IReadOnlyList<TagHistoryEntry> _history = [];
    private IReadOnlyList<TagName> _allTags = [];

    protected override async Task OnParametersSetAsync()
    {
        var query = Q is { Length: > 0 } && PaperQuery.SearchProblem(Q) is null ? Q : null;
        if (_paper?.Id == Id && _query == query)
        {
            return; // the layout rendered again (the theme, the session starting), not another paper
        }

        _query = query;
        if (RendererInfo.IsInteractive && Prerendered?.Take() is { } shown && shown.Paper.Id == Id && shown.Query == query)
        {
            (_paper, _related, _history, _allTags) = (shown.Paper, shown.Related, shown.History, shown.AllTags);
            return;
        }

        await LoadAsync();
        if (!RendererInfo.IsInteractive && _paper is not null)
        {
            Prerendered = new(new PrerenderedPaper(query, _paper, _related, _history, _allTags));
        }
    }

    private async Task LoadAsync()
    {
        _paper = await GetPaper.HandleAsync(Id, _query, CancellationToken.None);
        if (_paper is null)
        {
            Navigation.NotFound();
            return;
        }

        _related = await Related.FindAsync(Id, CancellationToken.None);
        _history = await TagHistory.HandleAsync(Id, CancellationToken.None) ?? [];
        _allTags = await ListTags.NamesAsync(CancellationToken.None);
    }

    private Task ReloadAsync()
    {
        _selectedTag = null;
        return LoadAsync();
    }

    private string BackToResults => "/" + PaperQueryString.For(new PaperSearchCriteria { Query = Q });

    private static string Reason(RelatedPaper related)
    {
        var reasons = new List<string>();
        if (related.SharedTechniques.Length > 0)
        {
            reasons.Add("Shares " + string.Join(", ", related.SharedTechniques));
        }

        var words = related.SharedWords.Where(w => !GenericWords.Contains(w)).Take(5).ToList();
        if (words.Count > 0)
        {
            reasons.Add((reasons.Count > 0 ? "also about " : "about ") + string.Join(", ", words));
        }

        var text = string.Join("; ", reasons);
        return text.Length == 0 ? "" : char.ToUpperInvariant(text[0]) + text[1..];
    }
}

/// <summary>The paper page as the prerender showed it, for the search <paramref name="Query"/> (null without one).</summary>
public sealed record PrerenderedPaper(
    string? Query, PaperDetails Paper, IReadOnlyList<RelatedPaper>? Related, IReadOnlyList<TagHistoryEntry> History, IReadOnlyList<TagName> AllTags);
