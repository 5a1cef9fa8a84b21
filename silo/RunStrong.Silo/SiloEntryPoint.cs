namespace RunStrong.Silo;

/// <summary>Names this assembly for test hosts (WebApplicationFactory) without clashing with the gateway's Program.</summary>
public sealed class SiloEntryPoint;
