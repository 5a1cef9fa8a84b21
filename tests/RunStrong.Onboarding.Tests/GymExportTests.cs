using static RunStrong.Onboarding.Tests.Builders.MemberFiles;

namespace RunStrong.Onboarding.Tests;

/// <summary>
/// Member files as gym systems export them: their own column titles, names, email, phone, a birth date and a gender,
/// and no body data (today is 2026-06-15).
/// </summary>
public sealed class GymExportTests
{
    /// <summary>A realistic export: extra columns, titles with spaces, F/M and spelled-out genders, blank cells, quoted addresses.</summary>
    private const string GymExport =
        "Member ID,First Name,Last Name,Email Address,Phone Number,Gender,Date of Birth,Membership Type,Join Date,Address,Status\r\n" +
        "10001,Ana,Lopez,ana.lopez@example.com,+34 612 345 678,F,1990-04-03,Premium,2024-01-15,\"Calle Mayor 1, Madrid\",Active\r\n" +
        "10002,Ben,O'Neill,ben@example.co.uk,(020) 7946-0958,Male,1985-11-30,Basic,2023-06-01,,Active\r\n" +
        "10003,Chidi,,chidi@example.org,555.123.4567,,1979-02-28,Off-Peak,2022-09-12,,Frozen\r\n" +
        "10004,,Kowalski,,,female,,Premium,2025-03-03,,Active\r\n" +
        "10005,Sam,Reyes,sam@example.com,+1-202-555-0143,other,2001-12-31,Student,2025-09-01,,Active\r\n" +
        "10006,Lee,Park,lee@example.com,030/1234567,M,1966-07-07,Premium,2020-02-02,,Cancelled\r\n";

    [Fact]
    public async Task A_realistic_gym_export_with_names_email_phone_birth_date_and_gender_only_is_valid_on_every_row()
    {
        var rows = await ReadCsvAsync(GymExport);

        Assert.Equal(6, rows.Count);
        Assert.All(rows, row => Assert.Empty(row.Errors));
        var ana = rows[0].Member!;
        Assert.Equal(
            ("10001", "Ana", "Lopez", "ana.lopez@example.com", "+34 612 345 678", Sex.Female, new DateOnly(1990, 4, 3), 1990),
            (ana.ExternalId, ana.FirstName, ana.LastName, ana.Email, ana.Phone, ana.Sex, ana.BirthDate, ana.BirthYear));
        Assert.Equal(((double?)null, (double?)null, (Goal?)null), (ana.HeightCm, ana.WeightKg, ana.Goal));
        Assert.Equal(["heightCm", "weightKg"], ana.ProfileBasics().Missing);
        Assert.Equal([Sex.Female, Sex.Male, null, Sex.Female, Sex.Other, Sex.Male], rows.Select(row => row.Member!.Sex));
        Assert.Equal(("Chidi", ""), (rows[2].Member!.FirstName, rows[2].Member!.LastName));
        Assert.Equal(("", "Kowalski", (int?)null, (DateOnly?)null), (rows[3].Member!.FirstName, rows[3].Member!.LastName, rows[3].Member!.BirthYear, rows[3].Member!.BirthDate));
    }

    [Theory]
    [InlineData("Member ID,First Name,Last Name,Email Address,Phone,Gender,Date of Birth")]
    [InlineData("member id,first name,last name,email address,phone number,gender,date of birth")]
    [InlineData("MEMBER_ID, FirstName ,LAST-NAME,E-mail,Mobile,GENDER,DOB")]
    [InlineData("externalId,firstName,lastName,email,phone,sex,birthDate")]
    [InlineData("memberNumber,Given Name,Surname,emailAddress,Mobile Number,Sex,Birthday")]
    public async Task Gym_titles_are_recognised_ignoring_case_spaces_underscores_and_hyphens(string header)
    {
        var member = Accepted(await ReadCsvAsync($"{header}\n7,Ada,Lovelace,ada@example.com,+44 20 7946 0958,F,1990-12-10\n"));

        Assert.Equal(
            ("7", "Ada", "Lovelace", "ada@example.com", "+44 20 7946 0958", Sex.Female, new DateOnly(1990, 12, 10)),
            (member.ExternalId, member.FirstName, member.LastName, member.Email, member.Phone, member.Sex, member.BirthDate));
    }

    [Fact]
    public async Task Body_columns_with_their_unit_in_the_title_are_read_and_bare_height_or_weight_is_ignored()
    {
        var withUnits = Accepted(await ReadCsvAsync("Member ID,Name,First Name,Height (cm),Weight (kg),Year of Birth\n1,Ada Lovelace,Ada,168,60,1990\n"));
        var bare = Accepted(await ReadCsvAsync("Member ID,First Name,Height,Weight\n1,Ada,5'6,132\n"));

        Assert.Equal((168.0, 60.0, 1990), (withUnits.HeightCm, withUnits.WeightKg, withUnits.BirthYear));
        Assert.Equal(((double?)null, (double?)null), (bare.HeightCm, bare.WeightKg));
    }

    [Fact]
    public async Task Two_titles_of_one_field_fail_the_file_naming_the_field_and_both_titles()
    {
        var error = await Assert.ThrowsAsync<MemberFileException>(() => ReadCsvAsync("Member ID,First Name,Email,Email Address\n"));

        Assert.Equal("email", error.Field);
        Assert.Contains("\"Email\" and \"Email Address\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_with_only_a_last_name_column_is_enough()
    {
        Assert.Equal("Lovelace", Accepted(await ReadCsvAsync("Member ID,Surname\n1,Lovelace\n")).LastName);
    }

    [Fact]
    public async Task Invalid_optional_values_are_named_by_line_and_field_and_the_other_rows_stay_valid()
    {
        var rows = await ReadCsvAsync(
            "Member ID,First Name,Email Address,Phone,Gender,Date of Birth,Year of Birth\n" +
            "1,Ada,ada@example,+44 20 7946 0958,F,1990-04-03,\n" +
            "2,Ben,ben@example.com,call me,M,1990-04-03,\n" +
            "3,Cleo,cleo@example.com,123,female,03/04/1990,\n" +
            "4,Dev,dev@example.com,,x,2030-01-01,\n" +
            "5,Ema,ema@example.com,,female,1990-04-03,1991\n" +
            "6,Finn,finn@example.com,+47 22 12 34 56,male,1990-02-30,\n" +
            "7,Gia,gia@example.com,(0)30 1234567,unspecified,1926-01-01,\n");

        Assert.Equal(
            [(2L, "email"), (3L, "phone"), (4L, "phone"), (4L, "birthDate"), (5L, "sex"), (5L, "birthDate"), (6L, "birthYear"), (7L, "birthDate")],
            rows.SelectMany(row => row.Errors).Select(error => (error.Line, error.Field)));
        Assert.Equal(Sex.Unspecified, rows[6].Member?.Sex);
        Assert.Equal("birthDate must be a date as yyyy-MM-dd (e.g. 1990-04-03).", rows[2].Errors[1].Message);
        Assert.Equal("birthYear 1991 does not match birthDate 1990-04-03.", Assert.Single(rows[4].Errors).Message);
    }

    [Theory]
    [InlineData("+44 (0)20 7946-0958")]
    [InlineData("555.123.4567")]
    [InlineData("12345")]
    [InlineData("+12345678901234567890")]
    public async Task Phone_numbers_written_every_usual_way_are_accepted(string phone)
    {
        Assert.Equal(phone, Accepted(await ReadCsvAsync($"memberId,firstName,phone\n1,Ada,{phone}\n")).Phone);
    }

    [Theory]
    [InlineData("1234", "phone must have 5-20 digits and at most 40 characters.")]
    [InlineData("+123456789012345678901", "phone must have 5-20 digits and at most 40 characters.")]
    [InlineData("555-CALL-NOW", "phone may hold only digits, spaces and + - ( ) . /.")]
    [InlineData("ada@example.com", "phone may hold only digits, spaces and + - ( ) . /.")]
    public async Task Other_phone_values_are_rejected(string phone, string message)
    {
        Assert.Equal(message, RejectedOnly(await ReadCsvAsync($"memberId,firstName,phone\n1,Ada,{phone}\n"), "phone").Message);
    }

    [Fact]
    public async Task Birth_dates_giving_an_age_of_10_to_100_are_accepted_and_the_birth_year_comes_from_them()
    {
        var oldest = Accepted(await ReadCsvAsync("memberId,firstName,birthDate\n1,Ada,1926-12-31\n"));
        var youngest = Accepted(await ReadCsvAsync("memberId,firstName,birthDate\n1,Ada,2016-01-01\n"));

        Assert.Equal((1926, 2016), (oldest.BirthYear, youngest.BirthYear));
        RejectedOnly(await ReadCsvAsync("memberId,firstName,birthDate\n1,Ada,1925-12-31\n"), "birthDate");
        RejectedOnly(await ReadCsvAsync("memberId,firstName,birthDate\n1,Ada,2017-01-01\n"), "birthDate");
    }

    [Fact]
    public async Task NDJSON_takes_the_same_titles_and_optional_fields()
    {
        var rows = await ReadNdjsonAsync(
            """{"memberId":"1","First Name":"Ada","email_address":"ada@example.com","phone":"+44 20 7946 0958","gender":"F","dateOfBirth":"1990-04-03"}""" + "\n" +
            """{"externalId":"2","lastName":"King"}""" + "\n" +
            """{"externalId":"3","firstName":"Ben","gender":"nb","dateOfBirth":"1990-4-3","phone":5551234567}""" + "\n" +
            """{"externalId":"4","sex":"unspecified","birthYear":1980,"heightCm":180,"weightKg":80}""" + "\n");

        var ada = rows[0].Member!;
        Assert.Equal(("1", "Ada", "", Sex.Female, 1990, "+44 20 7946 0958"), (ada.ExternalId, ada.FirstName, ada.LastName, ada.Sex, ada.BirthYear, ada.Phone));
        Assert.Equal("King", rows[1].Member?.LastName);
        Assert.Equal(["phone", "sex", "birthDate"], rows[2].Errors.Select(error => error.Field));
        Assert.Equal(3L, rows[2].Errors[0].Line);
        Assert.Equal(["firstName"], rows[3].Errors.Select(error => error.Field));
    }
}
