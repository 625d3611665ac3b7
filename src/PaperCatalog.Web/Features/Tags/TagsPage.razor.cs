using Microsoft.AspNetCore.Components;
using MudBlazor;
using PaperCatalog.Web.Components.Shared;
using PaperCatalog.Domain.Tags;

namespace PaperCatalog.Web.Features.Tags;

/// <summary>Every technique and topic with its description, paper count and papers per year.</summary>
public partial class TagsPage
{
    [Inject] private ListTags ListTags { get; set; } = default!;

    private IReadOnlyList<TagSummary>? _tags;
    private string[] _years = [];
    private List<ChartSeries<double>> _series = [];
    private LineChartOptions _chartOptions = PapersPerYearChart.Options(0);

    /// <summary>
    /// The counts the prerender showed, handed to the interactive render so that it shows them at once instead of a
    /// loading bar while it counts again (ADR-015).
    /// </summary>
    [PersistentState]
    public Handover<IReadOnlyList<TagSummary>>? Prerendered { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive && Prerendered?.Take() is { } shown)
        {
            Show(shown);
            return;
        }

        await LoadAsync();
        if (!RendererInfo.IsInteractive)
        {
            Prerendered = new(_tags);
        }
    }

    private async Task LoadAsync() => Show(await ListTags.HandleAsync(CancellationToken.None));

    private void Show(IReadOnlyList<TagSummary> tags)
    {
        _tags = tags;
        var techniques = _tags.Where(t => t.Kind == TagKind.Technique && t.PaperCount > 0).ToList();
        var years = techniques.SelectMany(t => t.PapersPerYear).Select(y => y.Year).Distinct().Order().ToList();
        if (years.Count > 0)
        {
            years = Enumerable.Range(years[0], years[^1] - years[0] + 1).ToList();
        }

        _years = years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        _series = techniques.Select(t => new ChartSeries<double>
        {
            Name = t.Name,
            Data = years.Select(y => (double)(t.PapersPerYear.FirstOrDefault(c => c.Year == y)?.Count ?? 0)).ToArray(),
        }).ToList();
        _chartOptions = PapersPerYearChart.Options(_series.SelectMany(s => s.Data.Values).DefaultIfEmpty(0).Max());
    }

    private static string Browse(string slug, int? year = null) =>
        year is { } y ? $"/?tags={slug}&yearFrom={y}&yearTo={y}" : $"/?tags={slug}";
}
