using System.Text.Json;
using System.Text.Json.Serialization;
using PaperCatalog.Importing;

namespace PaperCatalog.Cli.Output;

/// <summary>Writes an import summary as JSON, for scripts.</summary>
internal static class SummaryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task WriteAsync(ImportSummary summary, TextWriter output) =>
        await output.WriteLineAsync(JsonSerializer.Serialize(summary, Options));
}
