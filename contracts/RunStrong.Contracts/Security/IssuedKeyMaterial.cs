namespace RunStrong.Contracts.Security;

/// <summary>A new key: its public id, the plain key (shown once) and the hash that is stored.</summary>
public sealed record IssuedKeyMaterial(string KeyId, string Key, byte[] Hash);
