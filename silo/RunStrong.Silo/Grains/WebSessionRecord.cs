namespace RunStrong.Silo.Grains;

/// <summary>A browser session open on an API key: the SHA-256 of its secret (never the secret) and when it lapses.</summary>
public sealed class WebSessionRecord
{
    public byte[] SecretHash { get; set; } = [];

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>When the session ends unless used before (sliding: each use moves it to now + <see cref="IdleTimeout"/>).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public TimeSpan IdleTimeout { get; set; }
}
