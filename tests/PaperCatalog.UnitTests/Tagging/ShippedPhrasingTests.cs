namespace PaperCatalog.UnitTests.Tagging;

/// <summary>Standard names of mixture-of-experts and domain adaptation work that the shipped rules know without the technique's own name.</summary>
public sealed class ShippedPhrasingTests
{
    [Theory]
    [InlineData("Sparse Transformers at Scale", "We train a Switch Transformer in which each token is routed to one of many experts per layer.")]
    [InlineData("Conditional Computation for Speech", "A sparsely-gated layer sends each frame to its top-2 experts, so the model grows without more compute per frame.")]
    public void Sparse_expert_models_are_tagged_mixture_of_experts_without_saying_mixture(string title, string abstractText) =>
        Assert.Contains("mixture-of-experts", Engines.Shipped().Applied(title, abstractText));

    [Fact]
    public void Several_human_experts_alone_do_not_make_a_mixture_of_experts() =>
        Assert.DoesNotContain("mixture-of-experts", Engines.Shipped().Applied(
            "Grading Essays with Language Models",
            "Several experts graded 500 essays, and we compare their grades with those of three language models."));

    [Theory]
    [InlineData("Synthetic-to-Real Segmentation", "Segmenters trained on game frames fail on street photos. We close the synthetic-to-real gap with style randomization.")]
    [InlineData("Robust Pathology Models", "We adapt a tumour classifier to new hospitals whose scanners cause covariate shift, without labels from those hospitals.")]
    public void Synthetic_to_real_and_new_site_adaptation_are_tagged_domain_adaptation(string title, string abstractText) =>
        Assert.Contains("domain-adaptation", Engines.Shipped().Applied(title, abstractText));
}
