using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using QRCoder;
using RunStrong.Web.Charts;
using Xunit;

namespace RunStrong.Web.Tests.Charts;

public partial class QrCodeSvgTests
{
    private const string Link = "https://runstrong.example/app/sign-in/device?code=ABCD-EFGH-1234";

    [Fact]
    public void Is_a_crisp_labelled_image_without_inline_css()
    {
        var root = XDocument.Parse(QrCodeSvg.Render(Link, "QR code \"to sign in\" <on your phone>")).Root!;

        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("QR code \"to sign in\" <on your phone>", (string?)root.Attribute("aria-label"));
        Assert.Equal("crispEdges", (string?)root.Attribute("shape-rendering"));
        Assert.Equal("100%", (string?)root.Attribute("width"));
        Svg.NoInlineCss(root);
    }

    [Fact]
    public void The_modules_match_the_symbol_QRCoder_chose_at_level_M_with_a_quiet_zone()
    {
        using var expected = QRCodeGenerator.GenerateQrCode(Link, QRCodeGenerator.ECCLevel.M);
        var side = 17 + (4 * expected.Version);

        var root = XDocument.Parse(QrCodeSvg.Render(Link, "QR code")).Root!;

        Assert.Equal($"0 0 {side + 8} {side + 8}", (string?)root.Attribute("viewBox"));
        var drawn = Modules((string)root.Element(Svg.Ns + "path")!.Attribute("d")!, side + 8);
        var pad = (expected.ModuleMatrix.Count - side) / 2;
        for (var row = 0; row < side + 8; row++)
        {
            for (var col = 0; col < side + 8; col++)
            {
                var inSymbol = row >= 4 && col >= 4 && row < side + 4 && col < side + 4;
                var dark = inSymbol && expected.ModuleMatrix[row - 4 + pad][col - 4 + pad];
                Assert.True(dark == drawn[row, col], $"module {row},{col}");
            }
        }

        // The three finder patterns: dark 7x7 corners inside the quiet zone.
        Assert.True(drawn[4, 4] && drawn[4, side + 3] && drawn[side + 3, 4]);
        Assert.False(drawn[3, 3]);
    }

    [Fact]
    public void Longer_text_chooses_a_larger_version()
    {
        var small = XDocument.Parse(QrCodeSvg.Render("RS", "QR code")).Root!;
        var large = XDocument.Parse(QrCodeSvg.Render(new string('x', 300), "QR code")).Root!;

        Assert.Equal("0 0 29 29", (string?)small.Attribute("viewBox"));
        Assert.True(Side(large) > 29 + 40);
    }

    [Fact]
    public void Is_invariant_under_a_comma_decimal_culture()
    {
        var invariant = QrCodeSvg.Render(Link, "QR code");
        string? comma = null;

        Svg.UnderCommaCulture(() => comma = QrCodeSvg.Render(Link, "QR code"));

        Assert.Equal(invariant, comma);
    }

    private static int Side(XElement root) =>
        int.Parse(((string)root.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);

    /// <summary>Fills a grid from the path's "M x y h n v1 h-n z" rectangles.</summary>
    private static bool[,] Modules(string d, int side)
    {
        var grid = new bool[side, side];
        foreach (Match m in RunPattern().Matches(d))
        {
            var x = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var width = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            for (var i = 0; i < width; i++)
            {
                Assert.False(grid[y, x + i], "modules overlap");
                grid[y, x + i] = true;
            }
        }

        Assert.Equal(d.Length, RunPattern().Matches(d).Sum(m => m.Length));
        return grid;
    }

    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\3z")]
    private static partial Regex RunPattern();
}
