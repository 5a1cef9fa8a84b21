using System.Text;
using RunStrong.Activities.Derivation;
using RunStrong.Activities.Recording;
using RunStrong.Activities.Xml;
using Xunit;
using static RunStrong.Activities.Tests.Xml.XmlText;

namespace RunStrong.Activities.Tests.Xml;

/// <summary>Files from strangers: DTDs and entities are refused before anything is expanded or fetched; any damage is an ActivityFileException.</summary>
public sealed class HardenedXmlTests
{
    public static TheoryData<string> Readers => ["tcx", "gpx"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_entity_bomb_is_refused_quickly_without_expansion(string format)
    {
        var bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            bomb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        }

        bomb.Append(Root(format, "&lol9;"));

        var refusal = Assert.Throws<ActivityFileException>(() => Read(format, Stream(bomb.ToString())));

        Assert.Equal(ActivityFileProblem.Malformed, refusal.Problem);
        // Refused at the DOCTYPE, before any entity is declared, let alone expanded (speed is the benchmarks' business).
        Assert.Contains("DOCTYPE", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_external_entity_is_refused_and_never_fetched(string format)
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "2026-11-29T07:00:00Z");
        try
        {
            var text = $"<?xml version=\"1.0\"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"file://{secret}\"> ]>\n" + Root(format, "&xxe;");

            var refusal = Assert.Throws<ActivityFileException>(() => Read(format, Stream(text)));

            Assert.Equal(ActivityFileProblem.Malformed, refusal.Problem);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_plain_doctype_is_refused(string format)
    {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx PUBLIC \"-//x//y\" \"http://example.com/x.dtd\">\n" + Root(format, string.Empty);

        Assert.Equal(ActivityFileProblem.Malformed, Assert.Throws<ActivityFileException>(() => Read(format, Stream(text))).Problem);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_empty_or_blank_file_is_empty(string format)
    {
        Assert.Equal(ActivityFileProblem.Empty, Assert.Throws<ActivityFileException>(() => Read(format, Stream(string.Empty))).Problem);
        Assert.Equal(ActivityFileProblem.Empty, Assert.Throws<ActivityFileException>(() => Read(format, Stream(" \r\n\t ", byteOrderMark: true))).Problem);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Broken_xml_is_malformed_with_its_line(string format)
    {
        var text = "<?xml version=\"1.0\"?>\n" + Root(format, "<a>\n<b></a>");

        var refusal = Assert.Throws<ActivityFileException>(() => Read(format, Stream(text)));

        Assert.Equal(ActivityFileProblem.Malformed, refusal.Problem);
        Assert.Contains("line 3", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Nesting_deeper_than_any_activity_file_is_malformed(string format)
    {
        var deep = string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200));

        Assert.Equal(ActivityFileProblem.Malformed, Assert.Throws<ActivityFileException>(() => Read(format, Stream(Root(format, deep)))).Problem);
    }

    [Fact]
    public void The_settings_prohibit_dtds_resolve_nothing_and_bound_the_document()
    {
        var settings = ActivityXmlSettings.Create();

        Assert.Equal(System.Xml.DtdProcessing.Prohibit, settings.DtdProcessing);
        Assert.InRange(settings.MaxCharactersFromEntities, 1, 1024 * 1024);
        Assert.Equal(ActivityXmlSettings.MaxFileBytes, settings.MaxCharactersInDocument);
    }

    [Theory]
    [InlineData("test.tcx")]
    [InlineData("cerknicko-jezero.gpx")]
    [InlineData("track-with-empty-segment.gpx")]
    public void Damaged_copies_of_real_files_are_read_or_refused_never_thrown_otherwise(string file)
    {
        var original = File.ReadAllBytes(ReferenceFiles.PathOf(file));
        var random = new Random(20261206);
        var outcomes = new Dictionary<string, int>();
        for (var round = 0; round < 300; round++)
        {
            var damaged = Damage(original, random);
            string outcome;
            try
            {
                var recording = Read(file.EndsWith(".tcx", StringComparison.Ordinal) ? "tcx" : "gpx", new MemoryStream(damaged));
                var summary = ActivityDerivation.Derive(recording, AthleteContext.Unknown);
                outcome = double.IsFinite(summary.DistanceKm) && double.IsFinite(summary.EnergyKcal) ? "read" : "not finite";
            }
            catch (ActivityFileException refusal)
            {
                outcome = refusal.Problem.ToString();
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.True(outcomes.ContainsKey("Malformed"), string.Join(", ", outcomes));
        Assert.False(outcomes.ContainsKey("not finite"), string.Join(", ", outcomes));
    }

    private static byte[] Damage(byte[] original, Random random)
    {
#pragma warning disable CA5394 // Reproducible damage, not security.
        var copy = random.Next(3) switch
        {
            0 => original[..random.Next(original.Length)], // truncated
            _ => (byte[])original.Clone(),
        };
        for (var i = random.Next(1, 8); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] = (byte)"<>&\"'/0123456789.-:TZ x\u00e9"[random.Next(24)];
        }
#pragma warning restore CA5394

        return copy;
    }

    private static ActivityRecording Read(string format, Stream stream) =>
        format == "tcx" ? TcxActivityReader.Read(stream) : GpxActivityReader.Read(stream);

    private static string Root(string format, string content) => format == "tcx"
        ? $"<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Running\"><Id>{content}</Id></Activity></Activities></TrainingCenterDatabase>"
        : $"<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg><trkpt lat=\"45\" lon=\"14\"><time>{content}</time></trkpt></trkseg></trk></gpx>";
}
