using PaperCatalog.LocalPostgres;

namespace PaperCatalog.Cli.Commands;

/// <summary>Default paths of the commands that read files shipped in the checkout (labels, seeds).</summary>
internal static class CheckoutPath
{
    /// <summary>The path under the checkout the tool runs in, or null outside a checkout.</summary>
    public static string? Of(params string[] parts) => LocalPostgresLocation.FindCheckout() is { } checkout ? Path.Combine([checkout, .. parts]) : null;
}
