namespace PaperCatalog.UnitTests.Tagging;

/// <summary>
/// The shipped rules on sentences written like real abstracts: each core technique is found when a
/// paper is about it, and not when the paper only sets itself apart from it. A passing mention must
/// not count at all, so the negative examples check that the tag gets no score, not just too little.
/// </summary>
public sealed class CoreTechniqueTests
{
    [Fact]
    public void A_self_distillation_paper_is_tagged_distillation() =>
        Assert.Contains("distillation", Engines.Shipped().Applied(
            "Self-Distillation for Compact Vision Transformers",
            "We propose a self-distillation framework in which a large teacher network guides a lightweight student, closing most of the accuracy gap on ImageNet."));

    [Fact]
    public void A_paper_that_sets_itself_apart_from_distillation_is_not_tagged_distillation() =>
        Assert.DoesNotContain("distillation", Engines.Shipped().Scored(
            "Sparse Attention for Long Documents",
            "Unlike distillation-based methods, we train a sparse attention model directly on long documents and match the accuracy of dense models."));

    [Fact]
    public void A_cross_lingual_transfer_paper_is_tagged_transfer_learning() =>
        Assert.Contains("transfer-learning", Engines.Shipped().Applied(
            "Cross-Lingual Transfer for Low-Resource Named Entity Recognition",
            "We study how models trained on English transfer to languages with little labeled data, and show that cross-lingual transfer works best when the languages share a script."));

    [Fact]
    public void A_paper_that_sets_itself_apart_from_transfer_learning_is_not_tagged_transfer_learning() =>
        Assert.DoesNotContain("transfer-learning", Engines.Shipped().Scored(
            "Training Detectors from Scratch",
            "Unlike transfer learning approaches that fine-tune ImageNet models, we train object detectors from scratch with a longer schedule and stronger normalization."));

    [Fact]
    public void A_sparse_mixture_of_experts_paper_is_tagged_mixture_of_experts() =>
        Assert.Contains("mixture-of-experts", Engines.Shipped().Applied(
            "Scaling Language Models with Sparse Experts",
            "We replace each feed-forward layer with a mixture of experts, where a learned router sends every token to its top-2 experts, keeping the compute per token fixed."));

    [Fact]
    public void A_paper_that_asks_human_experts_is_not_tagged_mixture_of_experts() =>
        Assert.DoesNotContain("mixture-of-experts", Engines.Shipped().Scored(
            "A Benchmark for Clinical Question Answering",
            "We collect 2,000 questions with answers written by medical experts, and expert annotations of every reasoning step, then evaluate ten language models against the domain experts."));

    [Fact]
    public void An_unsupervised_domain_adaptation_paper_is_tagged_domain_adaptation() =>
        Assert.Contains("domain-adaptation", Engines.Shipped().Applied(
            "Unsupervised Domain Adaptation for Semantic Segmentation",
            "Models trained on synthetic source domain images fail on real target domain images because of the domain gap. We align features across domains without target labels."));

    [Fact]
    public void A_paper_that_sets_itself_apart_from_domain_adaptation_is_not_tagged_domain_adaptation() =>
        Assert.DoesNotContain("domain-adaptation", Engines.Shipped().Scored(
            "Robust Segmentation with Synthetic Data",
            "Unlike domain adaptation methods, our approach needs no images from the deployment setting: we simply train on more varied synthetic scenes."));

    [Fact]
    public void An_abbreviation_such_as_e_g_does_not_end_the_sentence_that_makes_knowledge_transfer_a_distillation_step() =>
        Assert.DoesNotContain("transfer-learning", Engines.Shipped().Scored(
            "Network Pruning via Architecture Search",
            "The parameters of the pruned network are learned by knowledge transfer, e.g., knowledge distillation, from the original network."));

    [Fact]
    public void Techniques_named_only_as_examples_in_parentheses_are_passing_mentions()
    {
        var scored = Engines.Shipped().Scored(
            "Feature Norms in Knowledge Distillation",
            "We train the student to produce large-norm features, inspired by other lines of work (e.g., model pruning and domain adaptation).");

        Assert.DoesNotContain("domain-adaptation", scored);
        Assert.DoesNotContain("model-compression", scored);
    }

    [Fact]
    public void A_paper_that_spells_crosslingual_as_one_word_is_tagged_transfer_learning() =>
        Assert.Contains("transfer-learning", Engines.Shipped().Applied(
            "Crosslingual Knowledge Barriers in Multilingual Language Models",
            "We evaluate whether language models relate the same facts across languages, and find that their crosslingual abilities stop at the surface."));

    [Fact]
    public void Transferring_knowledge_from_one_language_to_others_is_tagged_transfer_learning() =>
        Assert.Contains("transfer-learning", Engines.Shipped().Applied(
            "Multilingual Machine Translation with Language-Specific Modules",
            "We first train on high-resource pairs, then continue training so that the model can transfer knowledge from high-resource languages to low-resource languages."));

    [Fact]
    public void Transferring_knowledge_from_a_source_domain_to_a_target_domain_is_left_to_domain_adaptation() =>
        Assert.DoesNotContain("transfer-learning", Engines.Shipped().Scored(
            "Aligning Features for Semantic Segmentation",
            "We transfer the knowledge learned on a labeled source domain to an unlabeled target domain by aligning feature statistics."));

    [Fact]
    public void Cross_modal_teachers_are_transfer_across_modalities() =>
        Assert.Contains("transfer-learning", Engines.Shipped().Applied(
            "Autoencoders as Cross-Modal Teachers",
            "Pretrained 2D image transformers help 3D representation learning when trained as autoencoders."));

    [Fact]
    public void Cross_modal_retrieval_is_not_transfer_learning() =>
        Assert.DoesNotContain("transfer-learning", Engines.Shipped().Scored(
            "Cross-Modal Retrieval with Hashing",
            "We learn binary codes for images and captions so that cross-modal retrieval runs in constant time."));

    [Fact]
    public void Knowledge_transferability_is_one_piece_of_evidence_not_two()
    {
        var score = Assert.Single(Engines.Shipped().Score("A Study", "We measure the knowledge transferability of each layer."), static s => s.Slug == "transfer-learning");

        Assert.Equal(["transferability"], score.Evidence.Select(static e => e.Text));
    }

    [Fact]
    public void Transferring_knowledge_from_one_model_to_another_is_tagged_distillation() =>
        Assert.Contains("distillation", Engines.Shipped().Applied(
            "Cross-Encoders Help Bi-Encoders",
            "We propose a new cross-encoder architecture and transfer knowledge from this model to a bi-encoder model that is cheap at query time."));

    [Fact]
    public void Transferring_knowledge_from_pretrained_models_to_downstream_tasks_is_not_distillation() =>
        Assert.DoesNotContain("distillation", Engines.Shipped().Scored(
            "When Does Pretraining Help?",
            "We study how well practitioners transfer knowledge from pre-trained models to downstream tasks with little data."));

    [Fact]
    public void Distilling_from_a_pretrained_model_is_tagged_distillation() =>
        Assert.Contains("distillation", Engines.Shipped().Applied(
            "Context-Aware Speech Recognition",
            "We propose a training strategy for CTC-based speech recognition that distills linguistic information from a pre-trained language model."));

    [Fact]
    public void Adapting_one_model_to_another_via_distillation_is_tagged_distillation() =>
        Assert.Contains("distillation", Engines.Shipped().Applied(
            "Open-Vocabulary Segmentation",
            "The first module adapts the knowledge of the segmentation model into the recognition model via distillation and learnable adapters."));

    [Fact]
    public void Cross_lingual_distillation_is_tagged_distillation() =>
        Assert.Contains("distillation", Engines.Shipped().Applied(
            "Reasoning in Low-Resource Languages",
            "We supervise the training of low-resource languages with cross-lingual distillation from high-resource chains of thought."));

    [Fact]
    public void Distilling_experience_into_recommendations_is_not_distillation() =>
        Assert.DoesNotContain("distillation", Engines.Shipped().Applied(
            "A Survey of Annotation Practice",
            "We interview 40 annotators and distill their experience into five recommendations for dataset builders."));

    [Fact]
    public void Domain_invariant_features_for_unseen_domains_are_tagged_domain_adaptation() =>
        Assert.Contains("domain-adaptation", Engines.Shipped().Applied(
            "Causal Features for Robust Detection",
            "We learn domain-invariant features so that the detector keeps its accuracy on unseen domains."));

    [Fact]
    public void Out_of_domain_generalization_as_a_measured_property_is_not_domain_generalization() =>
        Assert.DoesNotContain("domain-adaptation", Engines.Shipped().Scored(
            "Emergent Modular Structures in Transformers",
            "Tuning with emergent modules boosts in-domain and out-of-domain generalization on vision and language tasks."));

    [Fact]
    public void A_distillation_paper_whose_student_is_compact_by_definition_is_not_tagged_model_compression() =>
        Assert.DoesNotContain("model-compression", Engines.Shipped().Applied(
            "Adaptive Fusion Ratios for Knowledge Distillation",
            "Knowledge distillation trains a compact student network with soft labels from a larger teacher network; we learn how much to trust the teacher for each sample."));

    [Fact]
    public void Compact_models_for_mobile_devices_are_tagged_model_compression() =>
        Assert.Contains("model-compression", Engines.Shipped().Applied(
            "Compact Vision Models for Phones",
            "We design compact models for mobile devices and prune them further."));
}
