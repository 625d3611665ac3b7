namespace PaperCatalog.Web.Components.Shared;

/// <summary>
/// What a prerender hands to the interactive render of the same component (a <c>[PersistentState]</c> property),
/// taken once.
/// </summary>
/// <remarks>
/// The framework keeps the object it restored for as long as the component lives, so the handed-over data sits in
/// this holder, which <see cref="Take"/> empties: a page reused for other views does not keep its first view too.
/// </remarks>
public sealed class Handover<T>(T? value)
    where T : class
{
    internal T? Value { get; private set; } = value;

    /// <summary>The data handed over, once; null afterwards, and when nothing was handed over.</summary>
    public T? Take()
    {
        var value = Value;
        Value = null;
        return value;
    }
}
