namespace RunStrong.Gateway;

/// <summary>Names this assembly for test hosts (WebApplicationFactory) without clashing with the silo's Program.</summary>
public sealed class GatewayEntryPoint;
