using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperCatalog.Cli.Evaluation;

/// <summary>Writes an evaluation as JSON, for scripts: one object per technique, the averages and any mistakes.</summary>
internal static class EvaluationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task WriteAsync(EvaluationResult result, string rulesName, TextWriter output)
    {
        var document = new
        {
            result.Split,
            Rules = rulesName,
            result.Papers,
            Techniques = result.Techniques.Select(static m => new
            {
                m.Slug,
                Precision = Round(m.Precision),
                Recall = Round(m.Recall),
                F1 = Round(m.F1),
                F1Interval = m.F1Interval is { } interval ? new { Low = Round(interval.Low), High = Round(interval.High) } : null,
                m.TruePositives,
                m.FalsePositives,
                m.FalseNegatives,
                m.Support,
            }),
            Macro = Average(result.Macro),
            Core = new { Average = Average(result.Core.Average), result.Core.GoalF1, result.Core.Met, result.Core.BelowGoal },
            result.Mistakes,
        };
        await output.WriteLineAsync(JsonSerializer.Serialize(document, Options));
    }

    private static object Average(MacroAverage average) =>
        new { average.Techniques, Precision = Round(average.Precision), Recall = Round(average.Recall), F1 = Round(average.F1) };

    private static double Round(double value) => Math.Round(value, 4);
}
