using System.Text;

namespace RunStrong.Onboarding.Tests.Builders;

/// <summary>Reads member files made in memory, as the import endpoint would.</summary>
internal static class MemberFiles
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public static Task<List<MemberRow>> ReadCsvAsync(string text, bool bom = false) => ReadAsync(Bytes(text, bom), MemberFileFormat.Csv);

    public static Task<List<MemberRow>> ReadCsvAsync(params MemberLine[] members) =>
        ReadCsvAsync(string.Join("\n", [MemberLine.Header, .. members.Select(member => member.ToCsv())]) + "\n");

    public static Task<List<MemberRow>> ReadNdjsonAsync(string text) => ReadAsync(Bytes(text, bom: false), MemberFileFormat.Ndjson);

    public static Task<List<MemberRow>> ReadNdjsonAsync(params MemberLine[] members) =>
        ReadNdjsonAsync(string.Join("\n", members.Select(member => member.ToJson())) + "\n");

    public static async Task<List<MemberRow>> ReadAsync(byte[] bytes, MemberFileFormat format)
    {
        using var stream = new MemoryStream(bytes);
        return await ReadAsync(stream, format);
    }

    public static async Task<List<MemberRow>> ReadAsync(Stream stream, MemberFileFormat format)
    {
        var rows = new List<MemberRow>();
        await foreach (var row in MemberFile.ReadAsync(stream, format, Today, TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static byte[] Bytes(string text, bool bom) => [.. bom ? Encoding.UTF8.Preamble : [], .. Encoding.UTF8.GetBytes(text)];

    /// <summary>The single row's member, failing with its errors when it has any.</summary>
    public static MemberRecord Accepted(IReadOnlyList<MemberRow> rows)
    {
        var row = Assert.Single(rows);
        Assert.True(row.Member is not null, string.Join("; ", row.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Empty(row.Errors);
        return row.Member;
    }

    /// <summary>The single row's only error, which must name <paramref name="field"/>.</summary>
    public static RowError RejectedOnly(IReadOnlyList<MemberRow> rows, string field)
    {
        var row = Assert.Single(rows);
        Assert.Null(row.Member);
        var error = Assert.Single(row.Errors);
        Assert.Equal(field, error.Field);
        return error;
    }
}
