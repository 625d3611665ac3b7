namespace PaperCatalog.UnitTests.Tagging;

/// <summary>Standard names of mixture-of-experts, domain adaptation and transfer learning work that the shipped rules know without the technique's own name.</summary>
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

    [Theory]
    [InlineData("Fake News Detection via Domain- and Instance-Level Transfer", "Detecting fake news in a domain with few labels is hard, so we reuse labeled news from other domains.")]
    [InlineData("Parameter-Based Transfer for Tabular Models", "We reuse the weights of a tabular model trained on one hospital's records when training one for another.")]
    public void The_classic_kinds_of_transfer_in_a_title_are_tagged_transfer_learning(string title, string abstractText) =>
        Assert.Contains("transfer-learning", Engines.Shipped().Applied(title, abstractText));

    [Fact]
    public void Zero_shot_learning_moving_knowledge_from_seen_to_unseen_classes_is_not_transfer_learning() =>
        Assert.DoesNotContain("transfer-learning", Engines.Shipped().Applied(
            "Hallucinated Features for Zero-Shot Learning",
            "Zero-shot learning recognizes unseen categories from class descriptions. Our generator allows knowledge transfer from seen to unseen classes, and it is trained to transfer knowledge from seen classes to unseen classes."));
}
