using Microsoft.AspNetCore.Components;

namespace PaperCatalog.Web.Components.Shared;

/// <summary>Registers how a page's prerendered data is handed over to its session (ADR-015).</summary>
public static class HandoverRegistration
{
    /// <summary>
    /// Lets a component declare <c>[PersistentState] public Handover&lt;T&gt;? Prerendered</c>: the framework finds the
    /// serializer by the property's exact type, so each handed-over type needs its own registration.
    /// </summary>
    public static IServiceCollection AddHandover<T>(this IServiceCollection services)
        where T : class =>
        services.AddSingleton<PersistentComponentStateSerializer<Handover<T>?>, CompactStateSerializer<T>>();
}
