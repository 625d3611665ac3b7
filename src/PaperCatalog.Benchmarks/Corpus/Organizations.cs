namespace PaperCatalog.Benchmarks.Corpus;

/// <summary>The organizations that some bylines name instead of authors.</summary>
/// <remarks>
/// A page shows an organization as its handle followed by its display name ("tencent Tencent"), and the
/// reader keeps the display name. Seed organizations are joined by well-known labs, since the seeds name one.
/// </remarks>
internal static class Organizations
{
    private static readonly (string Handle, string Name)[] Known =
    [
        ("tencent", "Tencent"), ("google", "Google"), ("meta-llama", "Meta"), ("microsoft", "Microsoft"),
        ("nvidia", "NVIDIA"), ("Qwen", "Qwen"), ("deepseek-ai", "DeepSeek"), ("allenai", "Ai2"),
        ("alibaba", "Alibaba Group"), ("ByteDance-Seed", "ByteDance Seed"), ("OpenGVLab", "Shanghai AI Laboratory"),
        ("apple", "Apple"), ("ibm-research", "IBM Research"), ("Salesforce", "Salesforce"), ("amazon", "Amazon"),
        ("huggingface", "Hugging Face"), ("stanford", "Stanford University"), ("tsinghua", "Tsinghua University"),
        ("baidu", "Baidu"), ("mistralai", "Mistral AI"),
    ];

    /// <summary>The known labs and the seed organizations, each with a handle the reader accepts.</summary>
    public static IReadOnlyList<(string Handle, string Name)> With(IEnumerable<string> seedOrganizations)
    {
        var all = new List<(string, string)>(Known);
        foreach (var name in seedOrganizations)
        {
            if (!Known.Any(k => k.Name == name))
            {
                all.Add((HandleFor(name), name));
            }
        }

        return all;
    }

    // A handle is ASCII letters, digits, '-', '_' and '.': "Mistral AI" becomes "mistral-ai".
    private static string HandleFor(string name)
    {
        var handle = new string([.. name.ToLowerInvariant().Select(static c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return handle.Length > 0 ? handle : "org";
    }
}
