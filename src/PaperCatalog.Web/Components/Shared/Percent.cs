using System.Globalization;

namespace PaperCatalog.Web.Components.Shared;

/// <summary>
/// A share as the pages show it, "91%": the server's culture decides nothing, since the invariant culture
/// (a container's usual one) writes "91 %".
/// </summary>
public static class Percent
{
    /// <param name="share">From 0 to 1.</param>
    public static string Of(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
