// The benchmark runs its own private PostgreSQL cluster and psql, which the project only provisions on Linux.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
