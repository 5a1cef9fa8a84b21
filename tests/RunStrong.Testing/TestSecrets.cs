namespace RunStrong.Testing;

/// <summary>Secrets the test platforms run with (never used outside tests).</summary>
public static class TestSecrets
{
    public const string AdminKey = "test-admin-key-0123456789-0123456789-abcdef";
    public const string SigningKey = "test-signing-key-0123456789-0123456789-abcdef";
}
