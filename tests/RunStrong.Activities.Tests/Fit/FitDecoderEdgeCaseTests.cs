using RunStrong.Activities.Fit;
using RunStrong.Activities.Recording;
using Xunit;

namespace RunStrong.Activities.Tests.Fit;

/// <summary>The protocol's corners, on generated files (Fixtures/Generated) and on files written byte by byte.</summary>
public sealed class FitDecoderEdgeCaseTests
{
    private const byte Activity = 4;
    private const ushort Record = 20;
    private const byte UInt8 = 0x02, UInt16 = 0x84, UInt32 = 0x86, Enum = 0x00;

    // 16 s before 2026-03-07T07:00:00Z in FIT seconds: its low five bits are zero, so compressed offsets count from it.
    private const uint Morning = 1_141_801_200 - 16;

    [Fact]
    public void Chained_files_are_read_one_after_the_other()
    {
        var log = FitMessageLog.Read("Generated/chained-two-runs.fit");
        var recording = Read("Generated/chained-two-runs.fit");

        Assert.Null(log.Stop);
        Assert.Equal([0, 1], log.FileStarts);
        Assert.Equal(2, log.Sessions.Count);
        Assert.Equal(1200 + 900, recording.Samples.Count);
        Assert.Equal(log.Sessions[0].StartTime, recording.Session!.StartedAt); // the first session's totals
        Assert.Equal(log.Sessions[1].Timestamp!.Value.AddSeconds(-1), recording.Samples.Last);
        Assert.Equal(2, recording.Laps.Count);
    }

    [Fact]
    public void A_truncated_tail_is_read_up_to_the_cut_with_a_warning()
    {
        var whole = Read("Generated/interval-workout-run.fit");

        var cut = Read("Generated/truncated-tail-run.fit");

        Assert.Null(cut.Session);
        Assert.Contains("ends early", Assert.Single(cut.Warnings), StringComparison.Ordinal);
        Assert.InRange(cut.Samples.Count, whole.Samples.Count - 60, whole.Samples.Count - 1); // 700 bytes: the last records, the lap, the session
        Assert.InRange(cut.Samples.DistanceM, whole.Session!.DistanceM!.Value * 0.98, whole.Session.DistanceM.Value);
        Assert.Equal(whole.Laps.Count - 1, cut.Laps.Count); // the cool-down lap came after the cut
    }

    [Fact]
    public void Developer_fields_are_skipped_by_their_declared_size()
    {
        var log = FitMessageLog.Read("Generated/developer-fields-run.fit");

        Assert.Null(log.Stop);
        Assert.Equal(1200, log.Records.Count);
        Assert.All(log.Records, r => Assert.InRange(r.HeartRate!.Value, 140, 150));
        Assert.All(log.Records, r => Assert.InRange(r.SpeedMps!.Value, 2.9, 3.2)); // 5:30/km
    }

    [Fact]
    public void Reads_the_same_whatever_size_the_streams_reads_are()
    {
        var file = FitFixtures.Bytes("developer-types-sample.fit");
        var whole = FitMessageLog.Read(file);

        var trickled = new FitMessageLog();
        FitActivityMessageReader.Read(new TrickleStream(file, 7), trickled);

        Assert.Equal(whole.Records, trickled.Records);
        Assert.Equal(whole.Laps, trickled.Laps);
        Assert.Equal(whole.Sessions, trickled.Sessions);
    }

    [Fact]
    public async Task Generated_fixtures_are_what_the_committed_script_writes()
    {
        var folder = Directory.CreateTempSubdirectory("fit-generated-").FullName;
        try
        {
            await FitSdk.FitSdkInstallation.Instance.RunAsync("generate-fixtures.mjs", [folder], TestContext.Current.CancellationToken);

            foreach (var generated in Directory.GetFiles(folder))
            {
                Assert.True(
                    File.ReadAllBytes(generated).AsSpan().SequenceEqual(FitFixtures.Bytes("Generated/" + Path.GetFileName(generated))),
                    $"{Path.GetFileName(generated)} differs from what generate-fixtures.mjs writes: rerun it into Fixtures/Generated");
            }

            Assert.Equal(Directory.GetFiles(Path.Combine(FitFixtures.Folder, "Generated")).Length, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_empty_file_is_refused_as_empty()
    {
        var refusal = Refusal([]);

        Assert.Equal(ActivityFileProblem.Empty, refusal.Problem);
    }

    [Theory]
    [InlineData("not a FIT file at all, just text")]
    [InlineData("short")]
    public void Bytes_without_a_fit_header_are_refused_as_a_corrupt_header(string text)
    {
        var refusal = Refusal(System.Text.Encoding.ASCII.GetBytes(text));

        Assert.Equal(ActivityFileProblem.CorruptHeader, refusal.Problem);
        Assert.Equal(0, refusal.Offset);
    }

    [Fact]
    public void A_wrong_header_checksum_is_refused_at_its_offset()
    {
        var file = new FitFileBuilder().FileId(Activity).Build();
        file[12] ^= 0xFF;

        var refusal = Refusal(file);

        Assert.Equal(ActivityFileProblem.CorruptHeader, refusal.Problem);
        Assert.Equal(12, refusal.Offset);
    }

    [Fact]
    public void A_header_checksum_of_zero_means_none()
    {
        var file = Run(new FitFileBuilder()).Build();
        file[12] = file[13] = 0;
        FixFileCrc(file);

        Assert.Equal(120, ReadBytes(file).Samples.Count);
    }

    [Fact]
    public void A_twelve_byte_header_is_read()
    {
        Assert.Equal(120, ReadBytes(Run(new FitFileBuilder()).Build(headerCrc: false)).Samples.Count);
    }

    [Fact]
    public void A_data_message_of_an_undefined_local_type_is_malformed_at_its_offset()
    {
        var file = new FitFileBuilder().FileId(Activity).Data(3, 1, 2, 3).Build();

        var refusal = Refusal(file);

        Assert.Equal(ActivityFileProblem.Malformed, refusal.Problem);
        Assert.Equal(14 + 9 + 2, refusal.Offset); // header, file_id definition (6 + 3) and data (2)
        Assert.Contains("local message type 3", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checksum_mismatch_before_anything_worth_reading_is_refused()
    {
        var refusal = Refusal(new FitFileBuilder().FileId(Activity).Build(breakFileCrc: true));

        Assert.Equal(ActivityFileProblem.CrcMismatch, refusal.Problem);
    }

    [Fact]
    public void A_checksum_mismatch_after_enough_records_is_a_warning()
    {
        var recording = ReadBytes(Run(new FitFileBuilder()).Build(breakFileCrc: true));

        Assert.Equal(120, recording.Samples.Count);
        Assert.Contains("checksum", Assert.Single(recording.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_before_a_session_or_enough_records_is_truncated_at_its_length()
    {
        var file = FitFixtures.Bytes("Activity.fit")[..200];

        var refusal = Refusal(file);

        Assert.Equal(ActivityFileProblem.Truncated, refusal.Problem);
        Assert.Equal(200, refusal.Offset);
    }

    [Fact]
    public void Compressed_timestamps_roll_over_against_the_last_full_timestamp()
    {
        var file = new FitFileBuilder().FileId(Activity)
            .Definition(0, Record, (253, 4, UInt32), (3, 1, UInt8))
            .Data(0, [.. FitFileBuilder.UInt32(Morning + 30), 120])
            .Definition(1, Record, (3, 1, UInt8))
            .CompressedTimestamp(1, 31, 121) // +1 s
            .CompressedTimestamp(1, 2, 122) // rolls over: +3 s
            .CompressedTimestamp(1, 2, 123) // the same offset again: no time passed
            .Build();

        var log = FitMessageLog.Read(file);

        var start = DateTimeOffset.FromUnixTimeSeconds(FitProfile.FitEpochUnixSeconds + Morning + 30);
        Assert.Equal([start, start.AddSeconds(1), start.AddSeconds(4), start.AddSeconds(4)], log.Records.Select(r => r.Time!.Value));
        Assert.Equal([120, 121, 122, 123], log.Records.Select(r => r.HeartRate!.Value));
    }

    [Fact]
    public void Fields_sized_unlike_the_profile_are_read_as_what_they_are()
    {
        var file = new FitFileBuilder().FileId(Activity)
            // heart_rate as a uint16, distance as a uint16, speed as an array of two uint16s, an unknown field of 7 bytes.
            .Definition(0, Record, (253, 4, UInt32), (3, 2, UInt16), (5, 2, UInt16), (6, 4, UInt16), (200, 7, 0x0D))
            .Data(0, [.. FitFileBuilder.UInt32(Morning), 150, 0, 0x10, 0x27, 0xB8, 0x0B, 0xFF, 0xFF, 1, 2, 3, 4, 5, 6, 7])
            .Build();

        var record = Assert.Single(FitMessageLog.Read(file).Records);

        Assert.Equal(150, record.HeartRate);
        Assert.Equal(100.0, record.DistanceM); // 10000 / 100
        Assert.Equal(3.0, record.SpeedMps); // the first element: 3000 / 1000
    }

    [Fact]
    public void Invalid_values_read_as_absent()
    {
        var file = new FitFileBuilder().FileId(Activity)
            .Definition(0, Record, (253, 4, UInt32), (3, 1, UInt8), (5, 4, UInt32), (6, 2, UInt16))
            .Data(0, [.. FitFileBuilder.UInt32(Morning), 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
            .Build();

        Assert.Equal(new FitRecordMessage(DateTimeOffset.FromUnixTimeSeconds(FitProfile.FitEpochUnixSeconds + Morning), null, null, null), Assert.Single(FitMessageLog.Read(file).Records));
    }

    [Fact]
    public void Big_endian_definitions_are_read_in_their_byte_order()
    {
        var file = new FitFileBuilder().FileId(Activity)
            .Definition(0, Record, bigEndian: true, [(253, 4, UInt32), (5, 4, UInt32), (6, 2, UInt16)], [])
            .Data(0, [.. BitConverter.GetBytes(Morning).Reverse(), 0, 0, 0x27, 0x10, 0x0B, 0xB8])
            .Build();

        var record = Assert.Single(FitMessageLog.Read(file).Records);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(FitProfile.FitEpochUnixSeconds + Morning), record.Time);
        Assert.Equal(100.0, record.DistanceM);
        Assert.Equal(3.0, record.SpeedMps);
    }

    [Fact]
    public void Developer_fields_of_the_largest_size_are_skipped()
    {
        var file = new FitFileBuilder().FileId(Activity)
            .Definition(0, Record, bigEndian: false, [(253, 4, UInt32), (3, 1, UInt8)], [255, 255, 1])
            .Data(0, [.. FitFileBuilder.UInt32(Morning), 140, .. new byte[511]])
            .Data(0, [.. FitFileBuilder.UInt32(Morning + 1), 141, .. new byte[511]])
            .Build();

        Assert.Equal([140, 141], FitMessageLog.Read(file).Records.Select(r => r.HeartRate!.Value));
    }

    [Fact]
    public void A_first_file_of_another_type_is_refused_by_its_name()
    {
        var refusal = Refusal(new FitFileBuilder().FileId(2).Build());

        Assert.Equal(ActivityFileProblem.NotAnActivity, refusal.Problem);
        Assert.Contains("FIT file of type settings, not an activity", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chained_file_of_another_type_adds_nothing()
    {
        var activity = Run(new FitFileBuilder()).Build();
        var settings = Run(new FitFileBuilder(), fileType: 2, hr: 99).Build();

        var recording = ReadBytes([.. activity, .. settings]);

        Assert.Equal(120, recording.Samples.Count);
        Assert.Equal(150, recording.Samples.MaxHeartRate);
        Assert.Empty(recording.Warnings);
    }

    [Fact]
    public void Sport_comes_from_the_sport_message_when_there_is_no_session()
    {
        var file = Run(new FitFileBuilder().FileId(Activity).Definition(1, 12, (0, 1, Enum), (1, 1, Enum)).Data(1, 17, 3), fileId: false).Build();

        var recording = ReadBytes(file);

        Assert.Null(recording.Session);
        Assert.Equal("hiking", recording.Sport);
        Assert.Equal("trail", recording.SubSport);
    }

    /// <summary>Two minutes of 1 Hz records (heart rate, distance) and no session.</summary>
    private static FitFileBuilder Run(FitFileBuilder builder, byte fileType = Activity, byte hr = 150, bool fileId = true)
    {
        if (fileId)
        {
            builder.FileId(fileType);
        }

        builder.Definition(0, Record, (253, 4, UInt32), (3, 1, UInt8), (5, 4, UInt32));
        for (var s = 0u; s < 120; s++)
        {
            builder.Data(0, [.. FitFileBuilder.UInt32(Morning + s), hr, .. FitFileBuilder.UInt32(s * 300)]);
        }

        return builder;
    }

    private static void FixFileCrc(byte[] file)
    {
        var crc = FitCrc.Update(0, file.AsSpan(0, file.Length - 2));
        file[^2] = (byte)crc;
        file[^1] = (byte)(crc >> 8);
    }

    private static ActivityRecording Read(string fixture) => ReadBytes(FitFixtures.Bytes(fixture));

    private static ActivityRecording ReadBytes(byte[] file) => FitActivityReader.Read(new MemoryStream(file));

    private static ActivityFileException Refusal(byte[] file) => Assert.Throws<ActivityFileException>(() => ReadBytes(file));
}
