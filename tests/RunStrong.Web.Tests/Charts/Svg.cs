using System.Globalization;
using System.Xml.Linq;
using Xunit;

namespace RunStrong.Web.Tests.Charts;

/// <summary>Parsing and reading helpers shared by the chart tests.</summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Parses the markup (proving it well-formed) and checks the accessible name wiring every chart needs.</summary>
    public static XElement ParseChart(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Ns + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("100%", (string?)root.Attribute("width"));
        Assert.Null(root.Attribute("height"));
        Assert.NotNull(root.Attribute("viewBox"));
        var ids = ((string?)root.Attribute("aria-labelledby"))!.Split(' ');
        Assert.Equal(2, ids.Length);
        var title = root.Elements(Ns + "title").Single();
        var desc = root.Elements(Ns + "desc").Single();
        Assert.Equal(ids[0], (string?)title.Attribute("id"));
        Assert.Equal(ids[1], (string?)desc.Attribute("id"));
        Assert.False(string.IsNullOrWhiteSpace(title.Value));
        Assert.False(string.IsNullOrWhiteSpace(desc.Value));
        NoInlineCss(root);
        return root;
    }

    public static void NoInlineCss(XElement root)
    {
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.Empty(root.Descendants(Ns + "style"));
        Assert.Empty(root.Descendants(Ns + "script"));
    }

    public static IEnumerable<XElement> WithClass(this XElement root, string cssClass) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    public static double Num(this XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static string Title(this XElement e) => e.Element(Ns + "title")!.Value;

    /// <summary>The first point of a marker path ("M x y…"): the centre's y for circles and the row of the point.</summary>
    public static (double X, double Y) Start(this XElement path)
    {
        var d = (string)path.Attribute("d")!;
        var end = d.IndexOfAny(['a', 'h', 'l', 'L', 'M', 'v'], 1);
        var parts = d[1..end].Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Where a circle marker's centre is: its path starts r to the left of the centre.</summary>
    public static double CircleCenterY(this XElement path) => path.Start().Y;

    /// <summary>Runs <paramref name="action"/> under a culture that writes 1.234,5 and "−" differently from the invariant one.</summary>
    public static void UnderCommaCulture(Action action)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NegativeSign = "~";
        var before = CultureInfo.CurrentCulture;
        var beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
