namespace PaperCatalog.LocalPostgres;

/// <summary>The private PostgreSQL server could not be installed, created, started or stopped.</summary>
public sealed class LocalPostgresException(string message) : Exception(message);
