namespace PaperCatalog.Domain.Tagging;

/// <summary>The rules each shipped technique starts with; admins edit them afterwards.</summary>
public static class DefaultRules
{
    // Passing mentions: "unlike X", "without X", "instead of X" ... where X is within a few words.
    private const string NotThis = @"\b(?:unlike|without|instead of|rather than|beyond|in contrast to|as opposed to|orthogonal to|compared (?:to|with)|besides|apart from)\s+(?:[\w-]+\s+){0,3}?";

    // Passing mentions: examples in parentheses, "(e.g., pruning and domain adaptation)", name techniques the paper only points to.
    private const string ForExample = @"\(e\.g\.,?\s[^()]{0,100}\)";

    public static IReadOnlyDictionary<string, IReadOnlyList<(RuleKind Kind, string Pattern, double Weight)>> BySlug { get; } =
        new Dictionary<string, IReadOnlyList<(RuleKind, string, double)>>
        {
            ["distillation"] =
            [
                (RuleKind.Evidence, @"\b(?:knowledge|self|online|offline|data[- ]free|cross[- ]modal|cross[- ]modality|cross[- ]?lingual|dataset|policy|feature|logit|relational|rationale|chain[- ]of[- ]thought|cot|mutual|progressive|multi[- ]teacher|reasoning|adversarial)[- ](?:knowledge[- ])?distill\w*", 2.0),
                (RuleKind.Evidence, @"\bdistil\w*", 1.0),
                (RuleKind.Evidence, @"\bKD\b", 1.0),
                // Distilling from or into a model, and reaching a result by distillation, name the method rather than the everyday sense of "distil".
                (RuleKind.Evidence, @"\bdistill\w*\s+(?:[\w-]+\s+){0,4}?(?:from|into|to)\s+(?:[\w-]+\s+){0,4}?(?:models?|networks?|llms?|teachers?|encoders?|students?|transformers?)\b", 1.0),
                (RuleKind.Evidence, @"\b(?:via|through|using|uses?|employs?|employing|by|appl(?:y|ies|ying)|adopts?|adopting|leverag\w*) (?:(?:knowledge|self|feature|logit)[- ])?distill\w*", 1.0),
                (RuleKind.Evidence, @"\bteacher(?:s|[- ]student)?\b", 0.8),
                (RuleKind.Evidence, @"\bteachers?\b(?:[^.]|\.[\w,]){0,100}\bstudents?\b|\bstudents?\b(?:[^.]|\.[\w,]){0,100}\bteachers?\b", 1.0),
                // Knowledge transferred from one model into another is what a teacher does for a student, whatever the paper calls it.
                (RuleKind.Evidence, @"\b(?:transfer\w*\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?knowledge|knowledge[- ]transfer\w*)\s+(?:from|of)\s+(?:[\w-]+\s+){0,4}?(?:models?|networks?|llms?|teachers?|encoders?|students?|ones)\s+(?:[\w-]+\s+){0,6}?(?:to|into)\s+(?:[\w-]+\s+){0,4}?(?:models?|networks?|llms?|teachers?|encoders?|students?|ones)\b", 2.0),
                (RuleKind.PassingMention, NotThis + @"(?:knowledge[- ])?distill\w*(?:[- ]based)?", 0),
                (RuleKind.PassingMention, ForExample, 0),
            ],
            ["transfer-learning"] =
            [
                (RuleKind.Evidence, @"\btransfer[- ]learning\b", 1.5),
                (RuleKind.Evidence, @"\b(?:knowledge|cross[- ]?lingual|cross[- ]domain|cross[- ]modal|cross[- ]task|cross[- ]language|cross[- ]dataset|cross[- ]city|positive|negative|task|language|skill|capability|zero[- ]shot|few[- ]shot|low[- ]shot|one[- ]shot)[- ]transfer(?:s|red|ring)?\b", 1.2),
                // The classic kinds of transfer learning: what is transferred (instances, features, parameters, relations).
                (RuleKind.Evidence, @"\b(?:instance|feature|parameter|representation|relation(?:al)?)[- ](?:level|based)[- ]transfer\w*", 1.2),
                (RuleKind.Evidence, @"\btransferab(?:le|ility)\b", 1.2),
                (RuleKind.Evidence, @"\btransfer(?:s|red|ring)?\s+(?:\w+\s+){0,3}?(?:from|across|between)\b", 0.6),
                // The definition itself: transfer across languages, tasks, modalities or datasets (across domains is left to domain adaptation).
                (RuleKind.Evidence, @"\btransfer\w*\s+(?:[\w-]+\s+){0,3}?(?:from|across|between|among)\s+(?:[\w-]+\s+){0,4}?(?:languages?|tasks?|modalit(?:y|ies)|datasets?)\b", 1.0),
                (RuleKind.Evidence, @"\bcross[- ]?lingual\b", 1.0),
                (RuleKind.Evidence, @"\bcross[- ]?modal(?:ity)?[- ](?:(?:knowledge|self|feature)[- ])?(?:distill\w*|teachers?|adaptation)|\bcross[- ]?modal(?:ity)?[- ](?:knowledge|feature)[- ]transfer\w*", 1.5),
                (RuleKind.Evidence, @"\b(?:2d|image|images|lidar|text|language|vision|rgb|high[- ]resource)[- ]to[- ](?:3d|point[- ]clouds?|camera|speech|event|events|language|low[- ]resource)\b", 1.0),
                (RuleKind.Evidence, @"\blow[- ]resource\b", 0.5),
                (RuleKind.PassingMention, @"\b(?:style|neural style|image[- ]to[- ]image|voice|motion|color|heat|data|information|mass|energy|charge|file)[- ]transfer\w*", 0),
                // Covers "transfer learning" too: a mention that stopped at "transfer" could never silence the strongest evidence rule.
                (RuleKind.PassingMention, NotThis + @"(?:knowledge[- ])?transfer\w*(?:[- ]learning)?", 0),
                // Distillation papers call teacher-to-student learning "knowledge transfer"; that alone is distillation, not transfer learning.
                (RuleKind.PassingMention, @"\b(?:knowledge[- ]transfer\w*|transfer\w* (?:\w+ ){0,2}knowledge)\b(?:[^.]|\.[\w,]){0,100}\b(?:teachers?|students?|distill\w*)\b|\b(?:teachers?|students?|distill\w*)\b(?:[^.]|\.[\w,]){0,100}\b(?:knowledge[- ]transfer\w*|transfer\w* (?:\w+ ){0,2}knowledge)\b", 0),
                // Zero-shot learning moves knowledge from seen to unseen classes of one task by definition; that is not transfer across tasks, domains or models.
                (RuleKind.PassingMention, @"\b(?:knowledge[- ])?transfer\w*\s+(?:(?:the|its)\s+)?(?:knowledge\s+)?from\s+seen\s+(?:classes\s+|categories\s+)?to\s+unseen\b", 0),
                (RuleKind.PassingMention, ForExample, 0),
                (RuleKind.Against, @"\bknowledge (?:graphs?|bases?|tracing|injection|editing|conflicts?)\b", -0.5),
            ],
            ["mixture-of-experts"] =
            [
                (RuleKind.Evidence, @"\bmixtures?[- ]of[- ](?:[\w-]+[- ])?experts?\b", 3.0),
                (RuleKind.Evidence, @"\bMoEs?\b|\b\w+-MoE\b|\bMoE-\w+", 2.5),
                (RuleKind.Evidence, @"\bmixtures? of (?:lora|loras|adapters|prompts|low[- ]rank)\w*", 2.5),
                (RuleKind.Evidence, @"\bmixtures? of (?:[\w-]+\s+){0,2}(?:teachers|models|networks|specialists|modules)\b", 2.0),
                (RuleKind.Evidence, @"\b(?:sparse|routed|shared|specialized|activated|fine[- ]grained|super|unchosen|multi[- ]gate) experts?\b", 1.5),
                (RuleKind.Evidence, @"\bexperts?\s+(?:routing|pruning|merging|selection|parallelism|specialization|layers?|networks?|modules?|activation|capacity)\b", 1.5),
                (RuleKind.Evidence, @"\b(?:top-k routing|gating networks?|routing networks?|token routing|routers?|load[- ]balanc\w*)\b", 1.0),
                (RuleKind.Evidence, @"\bupcycl\w*", 1.5),
                (RuleKind.Evidence, @"\b(?:top[- ]?(?:k|\d)|multiple|several|many|each|different|routed to|number of|pool of) experts\b|\bexperts? per token\b", 1.5),
                (RuleKind.Evidence, @"\bswitch transformers?\b|\bsparsely[- ](?:activated|gated)\b|\bconditional computation\b|\bgating (?:mechanism|function|module)s?\b", 1.5),
                (RuleKind.PassingMention, @"\b(?:human|domain|medical|clinical|legal|field|annotating|expert) experts?\b|\bexperts? (?:annotat\w*|knowledge|feedback|demonstrations?|opinions?)\b", 0),
                (RuleKind.PassingMention, ForExample, 0),
            ],
            ["domain-adaptation"] =
            [
                (RuleKind.Evidence, @"\bdomain[- ]adapt\w*", 2.5),
                (RuleKind.Evidence, @"\b(?:test|inference)[- ]time adapt\w*", 2.5),
                (RuleKind.Evidence, @"\bdomain[- ]generali[sz]\w*", 2.5),
                (RuleKind.Evidence, @"\b(?:source[- ]free|unsupervised domain|multi[- ]source domain|cross[- ]domain)\b", 1.0),
                (RuleKind.Evidence, @"\bdomain[- ](?:shifts?|gaps?|discrepanc\w*|invarian\w*|alignment)\b", 1.2),
                (RuleKind.Evidence, @"\b(?:source|target|unseen) domains?\b", 1.0),
                (RuleKind.Evidence, @"\bdistribution(?:al)? shifts?\b", 0.8),
                (RuleKind.Evidence, @"\bsim(?:ulation)?[- ]to[- ]real\b|\bsim2real\b|\bsynthetic[- ]to[- ]real\b|\bsyn[- ]?to[- ]?real\b", 1.5),
                (RuleKind.Evidence, @"\b(?:covariate|dataset|label) shifts?\b", 0.8),
                (RuleKind.Evidence, @"\badapt\w*\s+(?:[\w-]+\s+){0,4}?to\s+(?:(?:a|the)\s+)?(?:new|unseen|target|different|novel)\s+(?:[\w-]+\s+)?(?:domains?|environments?|distributions?|hospitals?|sites?|scanners?)\b", 1.5),
                (RuleKind.Evidence, @"\bout[- ]of[- ](?:domain|distribution)\b", 0.5),
                (RuleKind.PassingMention, NotThis + @"domain[- ]adapt\w*", 0),
                // "Out-of-domain generalization" is a property models are tested for, not the domain generalization setting whose name it ends with.
                (RuleKind.PassingMention, @"\bout[- ]of[- ]domain[- ]generali[sz]\w*", 0),
                (RuleKind.PassingMention, ForExample, 0),
            ],
            ["continual-learning"] =
            [
                (RuleKind.Evidence, @"\bcontinual(?:ly)?\s+(?:learn\w*|pre[- ]?train\w*|instruction|fine[- ]?tun\w*)", 2.5),
                (RuleKind.Evidence, @"\blife[- ]?long (?:learning|learners?)\b", 2.5),
                (RuleKind.Evidence, @"\b(?:class|task|domain)[- ]incremental\b|\bincremental learning\b", 2.0),
                (RuleKind.Evidence, @"\bcatastrophic(?:ally)?\s+forget\w*", 1.5),
                (RuleKind.Evidence, @"\bforgetting\b", 0.7),
                (RuleKind.Evidence, @"\bsequence of tasks\b|\bsequential tasks\b|\bnew tasks over time\b", 1.0),
                (RuleKind.Evidence, @"\bcontinual\b", 0.8),
                (RuleKind.PassingMention, ForExample, 0),
            ],
            ["model-compression"] =
            [
                (RuleKind.Evidence, @"\bmodel compression\b|\bcompress(?:ing)? (?:the |large |pre-?trained |language |vision )*models?\b", 2.0),
                (RuleKind.Evidence, @"\bcompress\w*", 0.8),
                (RuleKind.Evidence, @"\bprun(?:e|ed|ing)\b", 1.5),
                (RuleKind.Evidence, @"\bquantiz\w*|\bbinari[sz]\w*", 1.5),
                (RuleKind.Evidence, @"\blow[- ]rank (?:approximation|factori[sz]ation|decomposition|compression)\b", 1.5),
                (RuleKind.Evidence, @"\b(?:compact|lightweight|light-weight|tiny|mobile) (?:language |vision )?(?:models?|networks?|architectures?)\b", 1.0),
                (RuleKind.Evidence, @"\b(?:smaller|small|efficient) (?:language |vision )?(?:models?|networks?|architectures?)\b", 0.5),
                // Distillation counts as compression when the same sentence says it is for efficiency.
                (RuleKind.Evidence, @"\bdistill\w*(?:[^.]|\.[\w,]){0,80}\b(?:efficien\w*|fast\w*|compact|lightweight|cheap\w*|speed\w*|latency|deploy\w*|fewer parameters|reduc\w* (?:the )?(?:cost|size|parameters))|\b(?:efficien\w*|fast\w*|compact|lightweight|cheap\w*|latency|deploy\w*)\b(?:[^.]|\.[\w,]){0,80}\bdistill\w*", 1.2),
                (RuleKind.Evidence, @"\b(?:edge|mobile|resource[- ]constrained|low[- ]resource) (?:devices?|hardware|environments?|settings?)\b", 0.8),
                (RuleKind.Evidence, @"\b(?:fewer|reduc\w*) (?:the )?(?:number of )?parameters\b|\bparameter (?:reduction|count)\b|\bmodel size\b", 0.7),
                (RuleKind.Evidence, @"\b(?:inference|computational) (?:speed|cost|latency|efficiency|overhead)\b|\bspeed-?up\b|\bmemory footprint\b", 0.5),
                (RuleKind.PassingMention, @"\b(?:kv[- ]?cache|context|prompt|token|image|video|data|text|gradient) compression\b|\bcompress(?:ing|es)? (?:the )?(?:kv[- ]?cache|context|prompts?|tokens?|images?|videos?)\b", 0),
                (RuleKind.PassingMention, ForExample, 0),
            ],
            ["parameter-efficient-finetuning"] =
            [
                (RuleKind.Evidence, @"\bparameter[- ]efficient\w*", 2.5),
                (RuleKind.Evidence, @"\bPEFT\b", 2.5),
                (RuleKind.Evidence, @"\bLoRAs?\b|\b\w+LoRA\b|\bLoRA-?\w+", 2.0),
                (RuleKind.Evidence, @"\blow[- ]rank (?:adaptation|training|gradients?|updates?|adapters?|subspace)\b", 2.0),
                (RuleKind.Evidence, @"\badapters?\b", 1.2),
                (RuleKind.Evidence, @"\b(?:prompt|prefix|visual prompt|p-)[- ]?tuning\b|\bsoft prompts?\b|\blearnable prompts?\b", 2.0),
                (RuleKind.Evidence, @"\b(?:fine[- ]?tun\w*|updat\w*|train\w*) only (?:a )?(?:small|few|fraction|subset|tiny)\b|\bfew (?:learnable|trainable) parameters\b|\btrainable parameters\b", 1.5),
                (RuleKind.Evidence, @"\bfrozen (?:backbone|model|weights|llm|encoder|language model)\b|\bfreez\w+ the (?:backbone|model|weights|pre-?trained)\b", 0.7),
                (RuleKind.PassingMention, ForExample, 0),
            ],
        };
}
