using System.Text;

namespace RunStrong.Onboarding.Tests.Builders;

/// <summary>A read-only stream of a member file with distinct valid members, made one row at a time as it is read.</summary>
internal sealed class GeneratedMemberStream(int rows, MemberFileFormat format) : GeneratedStream
{
    private byte[] pending = format == MemberFileFormat.Csv ? Encoding.UTF8.GetBytes(MemberLine.Header + "\r\n") : [];
    private int offset;

    public int RowsGenerated { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (offset == pending.Length && !Generate())
            {
                break;
            }

            var chunk = Math.Min(buffer.Length - written, pending.Length - offset);
            pending.AsSpan(offset, chunk).CopyTo(buffer[written..]);
            offset += chunk;
            written += chunk;
        }

        return written;
    }


    private bool Generate()
    {
        if (RowsGenerated == rows)
        {
            return false;
        }

        var i = RowsGenerated++;
        var member = new MemberLine(
            ExternalId: $"m-{i}",
            FirstName: i % 7 == 0 ? "Ada, \"Countess\"" : "Ada",
            Sex: i % 2 == 0 ? "female" : "male",
            BirthYear: $"{1950 + (i % 50)}",
            HeightCm: $"{150 + (i % 50)}.5",
            WeightKg: $"{50 + (i % 40)}",
            Goal: i % 3 == 0 ? "" : "build");
        pending = Encoding.UTF8.GetBytes((format == MemberFileFormat.Csv ? member.ToCsv() : member.ToJson()) + "\n");
        offset = 0;
        return true;
    }
}
