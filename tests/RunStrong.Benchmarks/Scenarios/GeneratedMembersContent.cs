using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace RunStrong.Benchmarks.Scenarios;

/// <summary>
/// A member CSV of <c>count</c> valid rows, generated while it is sent (chunked, no Content-Length): only
/// one block of rows is ever in memory. Row <c>i</c> (1-based) has external id <see cref="ExternalId"/> and
/// the names of <see cref="IMemberNames"/> (default <see cref="UniformMemberNames"/>, as the import scenario
/// has always used).
/// </summary>
public sealed class GeneratedMembersContent : HttpContent
{
    public const string Header = "externalId,firstName,lastName,email,sex,birthYear,heightCm,weightKg,goal";
    private const int RowsPerBlock = 1000;
    private readonly int count;
    private readonly IMemberNames names;

    public GeneratedMembersContent(int count, IMemberNames? names = null)
    {
        this.count = count;
        this.names = names ?? UniformMemberNames.Instance;
        Headers.ContentType = new MediaTypeHeaderValue("text/csv");
    }

    /// <summary>Bytes written so far (the whole file once sent).</summary>
    public long BytesWritten { get; private set; }

    public static string ExternalId(int row) => string.Create(CultureInfo.InvariantCulture, $"bench-m{row:D7}");

    /// <summary>Row <paramref name="row"/>'s height: 150-199 cm in turn.</summary>
    public static int HeightCm(int row) => 150 + row % 50;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var block = new StringBuilder(RowsPerBlock * 96);
        block.Append(Header).Append('\n');
        for (var row = 1; row <= count; row++)
        {
            AppendRow(block, row);
            if (row % RowsPerBlock == 0 || row == count)
            {
                var bytes = Encoding.UTF8.GetBytes(block.ToString());
                await stream.WriteAsync(bytes, cancellationToken);
                BytesWritten += bytes.Length;
                block.Clear();
            }
        }

        await stream.FlushAsync(cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    private void AppendRow(StringBuilder block, int row)
    {
        var (first, last, email) = names.ForRow(row);
        var sex = row % 2 == 0 ? "female" : "male";
        var birthYear = 1950 + row % 55;
        var heightCm = HeightCm(row);
        var weightKg = 50 + row % 60 + 0.5;
        var goal = row % 3 == 0 ? "build" : "maintain";
        block.Append(CultureInfo.InvariantCulture,
            $"{ExternalId(row)},{first},{last},{email},{sex},{birthYear},{heightCm},{weightKg:0.0},{goal}\n");
    }
}
