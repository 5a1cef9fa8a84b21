using Azure.Data.Tables;
using RunStrong.Silo.Storage;

namespace RunStrong.Silo.Tests;

/// <summary>
/// What a tenant erasure deletes is read from stored names: the tenant's own segment, never a longer tenant id that
/// starts with it, nor another tenant's athlete or import that happens to carry the same text.
/// </summary>
public sealed class TenantNamesTests
{
    private static readonly string[] NoKeys = [];

    [Theory]
    [InlineData("athletes", "athlete-athlete/gym-a/ana.json", true)]
    [InlineData("challenges", "challenges-challengeregistry/gym-a.json", true)]
    [InlineData("challenges", "shard-challengeshard/gym-a/c/3.json", true)]
    [InlineData("rosters", "gym-a/0/snapshot.json", true)]
    [InlineData("rosters", "gym-a/0/log-3.ndjson", true)]
    [InlineData("imports", "gym-a/imp-0123456789abcdef", true)]
    [InlineData("athletes", "athlete-athlete/gym-ab/ana.json", false)]
    [InlineData("athletes", "athlete-athlete/other/gym-a.json", false)]
    [InlineData("imports", "gym-ab/imp-0123456789abcdef", false)]
    [InlineData("rosters", "other/0/snapshot.json", false)]
    public void A_blob_belongs_to_the_tenant_named_in_its_tenant_segment(string container, string name, bool belongs) =>
        Assert.Equal(belongs, TenantNames.BlobBelongs(container, name, "gym-a"));

    [Theory]
    [InlineData("athletes", "athlete-athlete/gym-a/ana.json")]
    [InlineData("challenges", "challenge-challenge/gym-a/c.json")]
    public void A_tenant_named_like_a_grain_type_owns_none_of_the_grain_state_of_others(string container, string name) =>
        Assert.False(TenantNames.BlobBelongs(container, name, name.Split('/')[0]));

    [Theory]
    [InlineData("runstrong_tenant_gym-a", "tenant", true)]
    [InlineData("runstrong_importjob_gym-a_imp-0123456789abcdef", "importJob", true)]
    [InlineData("runstrong_importregistry_gym-a", "imports", true)]
    [InlineData("runstrong_apikey_0123456789abcdef", "apiKey", true)]
    [InlineData("runstrong_apikey_fedcba9876543210", "apiKey", false)]
    [InlineData("runstrong_tenant_gym-ab", "tenant", false)]
    [InlineData("runstrong_importjob_other_gym-a", "importJob", false)]
    [InlineData("runstrong_tenantdirectory_all", "directory", false)]
    public void A_table_row_belongs_to_the_tenant_or_one_of_its_keys(string partitionKey, string rowKey, bool belongs) =>
        Assert.Equal(belongs, TenantNames.RowBelongs(new TableEntity(partitionKey, rowKey), "gym-a", ["0123456789abcdef"], "runstrong"));

    [Fact]
    public void A_reminder_row_belongs_to_the_tenant_its_grain_names()
    {
        var ours = new TableEntity("runstrong_0000BEEF", "x") { ["GrainReference"] = "importjob/gym-a/imp-0123456789abcdef" };
        var theirs = new TableEntity("runstrong_0000BEEF", "y") { ["GrainReference"] = "athlete/other/gym-a" };

        Assert.True(TenantNames.RowBelongs(ours, "gym-a", NoKeys, "runstrong"));
        Assert.False(TenantNames.RowBelongs(theirs, "gym-a", NoKeys, "runstrong"));
    }
}
