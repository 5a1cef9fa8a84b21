using System.Text;
using QRCoder;

namespace RunStrong.Web.Charts;

/// <summary>
/// A QR code as one SVG path: one unit per module, a four-module quiet zone on a white square (so it scans on
/// dark pages too), error correction level M, crisp edges and no inline style.
/// </summary>
public static class QrCodeSvg
{
    /// <summary>Light modules around the symbol, as the QR standard asks.</summary>
    public const int QuietZone = 4;

    /// <summary>Renders <paramref name="text"/> as a QR code image named by <paramref name="ariaLabel"/>.</summary>
    /// <param name="text">What the code encodes, e.g. a sign-in link.</param>
    /// <param name="ariaLabel">What a screen reader says for the image, e.g. "QR code to sign in on your phone".</param>
    public static string Render(string text, string ariaLabel)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ariaLabel);
        var modules = Modules(text);
        var size = modules.GetLength(0);
        var side = size + (2 * QuietZone);
        var path = new StringBuilder(size * size);
        for (var row = 0; row < size; row++)
        {
            // Runs of dark modules on a row become one rectangle each, which keeps the path short.
            var col = 0;
            while (col < size)
            {
                if (!modules[row, col])
                {
                    col++;
                    continue;
                }

                var start = col;
                while (col < size && modules[row, col])
                {
                    col++;
                }

                path.Append('M').Append(start + QuietZone).Append(' ').Append(row + QuietZone)
                    .Append('h').Append(col - start).Append("v1h-").Append(col - start).Append('z');
            }
        }

        var sideText = side.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new StringBuilder(path.Length + 400)
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rs-qr\" viewBox=\"0 0 ").Append(sideText).Append(' ').Append(sideText)
            .Append("\" width=\"100%\" role=\"img\" aria-label=\"").Append(SvgText.Escape(ariaLabel))
            .Append("\" shape-rendering=\"crispEdges\">")
            .Append("<rect width=\"").Append(sideText).Append("\" height=\"").Append(sideText).Append("\" fill=\"#ffffff\"/>")
            .Append("<path d=\"").Append(path).Append("\" fill=\"#000000\"/></svg>")
            .ToString();
    }

    /// <summary>The symbol's dark modules (true = dark), without any quiet zone, at error correction level M.</summary>
    internal static bool[,] Modules(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var core = SideOf(data.Version);

        // QRCoder pads its matrix with its own quiet zone; strip it so ours is the only one.
        var pad = (data.ModuleMatrix.Count - core) / 2;
        var modules = new bool[core, core];
        for (var row = 0; row < core; row++)
        {
            for (var col = 0; col < core; col++)
            {
                modules[row, col] = data.ModuleMatrix[row + pad][col + pad];
            }
        }

        return modules;
    }

    /// <summary>Modules per side of a QR symbol of <paramref name="version"/> (1 to 40).</summary>
    internal static int SideOf(int version) => 17 + (4 * version);
}
