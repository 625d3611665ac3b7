namespace PaperCatalog.Domain.Tagging;

/// <summary>The techniques the catalog ships with. Editors can add more; these are created when missing, never overwritten.</summary>
public static class Taxonomy
{
    public static IReadOnlyList<TechniqueDefinition> Techniques { get; } =
    [
        new("distillation", "Knowledge distillation",
            "A student model learns from a teacher: self-, online-, data-free, cross-modal and dataset distillation, and distilling LLM outputs or rationales.",
            ["knowledge distillation", "KD", "teacher-student", "self-distillation", "dataset distillation"]),
        new("transfer-learning", "Transfer learning",
            "Knowledge transferred across tasks, domains, languages, modalities or models; cross-lingual transfer; transferability.",
            ["knowledge transfer", "cross-lingual transfer", "transferability"]),
        new("mixture-of-experts", "Mixture of experts",
            "MoE layers and routing or gating, expert pruning and merging, upcycling, and mixtures of adapters or LoRA experts.",
            ["MoE", "sparse experts", "expert routing"]),
        new("domain-adaptation", "Domain adaptation",
            "Adapting from a source to a target distribution: unsupervised, semi-supervised, source-free, multi-source and test-time adaptation, domain generalization, domain-adaptive pretraining.",
            ["UDA", "test-time adaptation", "domain generalization"]),
        new("continual-learning", "Continual learning",
            "Learning a sequence of tasks or data over time without catastrophic forgetting: continual, lifelong and incremental learning.",
            ["lifelong learning", "incremental learning", "catastrophic forgetting"]),
        new("model-compression", "Model compression",
            "Making models smaller or cheaper: pruning, quantization, low-rank compression, compact models, and distillation used for compression.",
            ["pruning", "quantization", "compact models"]),
        new("parameter-efficient-finetuning", "Parameter-efficient fine-tuning",
            "Fine-tuning only a few parameters: LoRA, adapters, prompt and prefix tuning, low-rank training.",
            ["PEFT", "LoRA", "adapters", "prompt tuning"]),
    ];
}

/// <summary>A shipped technique: its slug, name, one-line description and other names it goes by.</summary>
public sealed record TechniqueDefinition(string Slug, string Name, string Description, IReadOnlyList<string> Aliases);
