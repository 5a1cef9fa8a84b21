namespace RunStrong.Web.Api;

/// <summary>The value type of an API call whose answer body the page does not read (204, or a write whose echo is not shown).</summary>
public sealed record NoBody;
