using PaperCatalog.IntegrationTests.Importing;

namespace PaperCatalog.IntegrationTests.Tagging;

/// <summary>
/// A title-and-abstract dump of one paper whose abstract can be swapped: importing the other abstract
/// updates the paper. Each abstract speaks for one technique only, so the tags it gets are known.
/// </summary>
internal static class SinglePaperDump
{
    public const string Title = "A Study of Region Detectors";

    public const string Distilling =
        "We train a detector with knowledge distillation: a teacher network guides the student, and the distilled student matches the teacher on three benchmarks.";

    public const string Routing =
        "We scale a detector with a sparse mixture of experts layer in which a router sends each region to two experts, keeping the compute per image fixed.";

    /// <summary>Writes the dump with <paramref name="abstractText"/> to <paramref name="file"/>, or to a new file.</summary>
    /// <returns>The file written.</returns>
    public static async Task<string> WriteAsync(string abstractText, string? file = null)
    {
        file ??= Path.Combine(TempFolder.Create(), "pairs.txt");
        await File.WriteAllTextAsync(file, Text(abstractText), TestContext.Current.CancellationToken);
        return file;
    }

    public static string Text(string abstractText) =>
        $"Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe{Title}\n{abstractText}\n";
}
