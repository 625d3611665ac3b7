using System.Text.Json.Serialization;

namespace PaperCatalog.Domain.Imports;

/// <summary>How an import run ended; by name in JSON, as the API's other states are.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImportStatus>))]
public enum ImportStatus
{
    /// <summary>Committed: the catalog holds what the run added and updated.</summary>
    Succeeded,

    /// <summary>Rolled back as a whole: the catalog is as it was before the run.</summary>
    Failed,
}
