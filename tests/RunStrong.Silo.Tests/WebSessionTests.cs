using System.Security.Cryptography;
using RunStrong.Contracts.Security;
using RunStrong.Contracts.Tenants;
using RunStrong.Silo.Grains;

namespace RunStrong.Silo.Tests;

/// <summary>
/// Browser sessions on a key's grain: opened only with the key, kept as a hash, resumed while live, slid on use,
/// ended by signing out, by expiry and by the key's revocation, persisted across activations, and bounded per key.
/// </summary>
public sealed class WebSessionTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static byte[] NewSecretHash() => SHA256.HashData(RandomNumberGenerator.GetBytes(32));

    private async Task<(IApiKeyGrain Key, byte[] KeyHash)> RegisteredKeyAsync()
    {
        var material = ApiKey.Generate();
        GrainCaller.EnterAdmin();
        var key = fixture.Grains.GetGrain<IApiKeyGrain>(material.KeyId);
        var hash = ApiKey.Hash(material.Key);
        await key.Register(new ApiKeyOwner($"gym-{Guid.NewGuid():N}"[..20], TenantKind.Gym, TenantStatus.Active, TenantLimits.Default), hash);
        return (key, hash);
    }

    [Fact]
    public async Task Only_the_key_opens_a_session_and_only_its_secret_resumes_it()
    {
        var (key, keyHash) = await RegisteredKeyAsync();
        var session = NewSecretHash();
        var refused = NewSecretHash();

        var owner = await key.OpenSession(keyHash, session, Hour);
        var wrongKey = await key.OpenSession(SHA256.HashData(keyHash), refused, Hour);

        Assert.NotNull(owner);
        Assert.Null(wrongKey);
        Assert.Equal(owner, await key.ResumeSession(session));
        Assert.Null(await key.ResumeSession(refused));
        Assert.Null(await key.ResumeSession(NewSecretHash()));
    }

    [Fact]
    public async Task Signing_out_and_revoking_the_key_end_sessions()
    {
        var (key, keyHash) = await RegisteredKeyAsync();
        var first = NewSecretHash();
        var second = NewSecretHash();
        await key.OpenSession(keyHash, first, Hour);
        await key.OpenSession(keyHash, second, Hour);

        await key.EndSession(first);
        var afterSignOut = (await key.ResumeSession(first), await key.ResumeSession(second));
        GrainCaller.EnterAdmin();
        await key.Revoke();

        Assert.Null(afterSignOut.Item1);
        Assert.NotNull(afterSignOut.Item2);
        Assert.Null(await key.ResumeSession(second));
    }

    [Fact]
    public async Task A_session_unused_for_its_idle_time_has_ended_and_one_in_use_slides()
    {
        var (key, keyHash) = await RegisteredKeyAsync();
        var idle = NewSecretHash();
        var used = NewSecretHash();
        await key.OpenSession(keyHash, idle, TimeSpan.FromSeconds(2));
        await key.OpenSession(keyHash, used, TimeSpan.FromSeconds(2));

        // Used every half second for three seconds: past the first session's expiry, never idle for two.
        for (var i = 0; i < 6; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
            Assert.NotNull(await key.ResumeSession(used));
        }

        Assert.Null(await key.ResumeSession(idle));
    }

    [Fact]
    public async Task Sessions_outlive_the_activation_and_a_key_keeps_at_most_its_bound()
    {
        var (key, keyHash) = await RegisteredKeyAsync();
        var sessions = Enumerable.Range(0, ApiKeyGrain.MaxSessions + 1).Select(_ => NewSecretHash()).ToList();
        foreach (var session in sessions)
        {
            await key.OpenSession(keyHash, session, Hour);
        }

        await fixture.DeactivateAsync(key);

        Assert.Null(await key.ResumeSession(sessions[0]));
        Assert.NotNull(await key.ResumeSession(sessions[1]));
        Assert.NotNull(await key.ResumeSession(sessions[^1]));
    }
}
