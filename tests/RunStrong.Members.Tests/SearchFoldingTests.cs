namespace RunStrong.Members.Tests;

public class SearchFoldingTests
{
    [Theory]
    [InlineData("Müller", "muller")]
    [InlineData("Øyvind", "oyvind")]
    [InlineData("Groß", "gross")]
    [InlineData("Æsa", "aesa")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("François", "francois")]
    [InlineData("Ñúñez", "nunez")]
    [InlineData("ÅSE", "ase")]
    [InlineData("Şükrü", "sukru")]
    [InlineData("Þór", "thor")]
    [InlineData("ｍｉｋｅ", "mike")] // full-width letters, as some phone keyboards type them
    public void Folds_case_accents_and_letters_to_ascii_as_search_engines_do(string text, string folded) =>
        Assert.Equal(folded, Assert.Single(SearchFolding.Words(text)));

    [Fact]
    public void Decomposed_accents_fold_like_precomposed_ones() =>
        Assert.Equal(SearchFolding.Words("Mu\u0308ller"), SearchFolding.Words("M\u00fcller"));

    [Fact]
    public void Splits_words_at_anything_not_a_letter_or_digit() =>
        Assert.Equal(["anna", "berg", "gym", "example", "com"], SearchFolding.Words("Anna-Berg@gym.example.com"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("--@--")]
    public void Blank_or_separator_only_text_has_no_words(string? text) => Assert.Empty(SearchFolding.Words(text));
}
