using PaperCatalog.Domain.Tagging;

namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>
/// A shipped technique as the generator plants it: how often papers get it, and phrases that the
/// shipped rules (<see cref="DefaultRules"/>) score well above the tagging threshold on their own.
/// </summary>
/// <param name="Slug">The technique's slug in <see cref="Taxonomy"/>.</param>
/// <param name="Probability">The share of papers given the technique, each technique independently.</param>
/// <param name="Phrases">What the planted abstract sentence says; each alone scores at least 2.5.</param>
/// <param name="TitlePhrases">What a title naming the technique starts with.</param>
internal sealed record PlantedTechnique(string Slug, double Probability, string[] Phrases, string[] TitlePhrases)
{
    /// <summary>The share of technique papers whose title names the technique, as real titles often do.</summary>
    public const double TitleShare = 0.3;

    /// <summary>Every shipped technique, in <see cref="Taxonomy"/> order; a paper's tags are a bit mask over this list.</summary>
    public static IReadOnlyList<PlantedTechnique> All { get; } =
    [
        new("distillation", 0.08,
            ["knowledge distillation", "self-distillation from a larger teacher", "knowledge distillation from a teacher model"],
            ["Knowledge Distillation for", "Self-Distillation of"]),
        new("transfer-learning", 0.06,
            ["transfer learning with cross-lingual transfer", "transfer learning and the transferability of features", "cross-lingual transfer learning"],
            ["Transfer Learning for", "Cross-Lingual Transfer of"]),
        new("mixture-of-experts", 0.05,
            ["a sparse mixture-of-experts (MoE) layer", "mixture-of-experts routing with top-k routing", "an upcycled mixture of experts"],
            ["Mixture-of-Experts", "Sparse MoE for"]),
        new("domain-adaptation", 0.05,
            ["unsupervised domain adaptation", "domain adaptation across a domain shift", "test-time adaptation and domain generalization"],
            ["Domain Adaptation for", "Unsupervised Domain Adaptation of"]),
        new("continual-learning", 0.04,
            ["continual learning without catastrophic forgetting", "lifelong learning over a sequence of tasks", "class-incremental continual learning"],
            ["Continual Learning of", "Lifelong Learning for"]),
        new("model-compression", 0.07,
            ["model compression by pruning and quantization", "post-training quantization for model compression", "structured pruning for model compression"],
            ["Model Compression for", "Pruning and Quantization of"]),
        new("parameter-efficient-finetuning", 0.06,
            ["parameter-efficient fine-tuning with LoRA", "parameter-efficient fine-tuning with adapters", "LoRA adapters for parameter-efficient tuning"],
            ["Parameter-Efficient Fine-Tuning of", "LoRA for"]),
    ];

    // Every combination of techniques, written once: the TSV needs one per paper.
    private static readonly string[] SlugsByMask = [.. Enumerable.Range(0, 1 << All.Count).Select(static mask =>
        string.Join(',', All.Where((_, i) => (mask & (1 << i)) != 0).Select(static t => t.Slug)))];

    /// <summary>The comma-separated slugs of the techniques in <paramref name="mask"/>, in <see cref="All"/> order; empty for none.</summary>
    public static string Slugs(int mask) => SlugsByMask[mask];
}
