using System.Globalization;
using System.Text;

namespace RunStrong.Testing.Metrics;

/// <summary>The two text formats a Prometheus server scrapes: the classic text format and OpenMetrics.</summary>
public enum ExpositionFormat
{
    /// <summary><c>text/plain; version=0.0.4</c>, what the exporter answers without an Accept header.</summary>
    Text004,

    /// <summary><c>application/openmetrics-text; version=1.0.0</c>, what a Prometheus server asks for first.</summary>
    OpenMetrics,
}

/// <summary>One sample line: <c>name{labels} value [timestamp]</c>.</summary>
public sealed record MetricSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value, string? Timestamp, int Line)
{
    /// <summary>Name and labels in a canonical order: two samples with the same key are the same series.</summary>
    public string SeriesKey => Name + LabelKey(Labels.Keys);

    /// <summary>The labels in name order, leaving out <paramref name="without"/> (e.g. a bucket's <c>le</c>).</summary>
    public string LabelKey(IEnumerable<string> names, string? without = null) =>
        "{" + string.Join(",", names.Where(n => n != without).Order(StringComparer.Ordinal).Select(n => $"{n}=\"{Escape(Labels[n])}\"")) + "}";

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    public override string ToString() => $"{SeriesKey} {Value}";

    public bool Has(IReadOnlyDictionary<string, string> labels) =>
        labels.All(label => Labels.TryGetValue(label.Key, out var value) && value == label.Value);
}

/// <summary>A metric family: its metadata lines and its samples, which the formats require to be contiguous.</summary>
public sealed class MetricFamily(string name)
{
    public string Name { get; } = name;

    public string? Type { get; internal set; }

    public string? Help { get; internal set; }

    public string? Unit { get; internal set; }

    public List<MetricSample> Samples { get; } = [];
}

/// <summary>A parsed scrape.</summary>
public sealed class Exposition(ExpositionFormat format, IReadOnlyDictionary<string, MetricFamily> families)
{
    public ExpositionFormat Format { get; } = format;

    public IReadOnlyDictionary<string, MetricFamily> Families { get; } = families;

    public IEnumerable<MetricSample> Samples => Families.Values.SelectMany(f => f.Samples);

    public MetricFamily Family(string name) =>
        Families.TryGetValue(name, out var family)
            ? family
            : throw new KeyNotFoundException($"No metric family '{name}' in the scrape; it has: {string.Join(", ", Families.Keys.Order(StringComparer.Ordinal))}");

    /// <summary>The sum of the samples named <paramref name="sampleName"/> that carry all of <paramref name="labels"/>; 0 when none does.</summary>
    public double Sum(string sampleName, params (string Name, string Value)[] labels)
    {
        var wanted = labels.ToDictionary(l => l.Name, l => l.Value, StringComparer.Ordinal);
        return Samples.Where(s => s.Name == sampleName && s.Has(wanted)).Sum(s => s.Value);
    }
}

/// <summary>
/// A strict parser of the Prometheus text exposition format (0.0.4) and of OpenMetrics 1.0 text, written to
/// check what the hosts serve before any Prometheus server reads it. Beyond the line syntax (names, label
/// escaping, numbers, timestamps) it checks what a scraper relies on: every sample belongs to a family that
/// has a TYPE, families are contiguous and declared once, no series appears twice, counters are not negative,
/// and each histogram's buckets are sorted, cumulative, end in <c>+Inf</c> and agree with its <c>_count</c>.
/// Any violation throws <see cref="FormatException"/> naming the line.
/// </summary>
public static class PrometheusExposition
{
    private static readonly string[] ClassicTypes = ["counter", "gauge", "histogram", "summary", "untyped"];
    private static readonly string[] OpenMetricsTypes = ["counter", "gauge", "histogram", "gaugehistogram", "summary", "stateset", "info", "unknown"];

    public static Exposition Parse(string text, ExpositionFormat format) => new Parser(text, format).Run();

    /// <summary>The sample-name suffixes a family of <paramref name="type"/> may use, per format.</summary>
    private static string[] Suffixes(string type, ExpositionFormat format) => (type, format) switch
    {
        ("histogram", _) => format == ExpositionFormat.OpenMetrics ? ["_bucket", "_count", "_sum", "_created"] : ["_bucket", "_count", "_sum"],
        ("summary", _) => format == ExpositionFormat.OpenMetrics ? ["", "_count", "_sum", "_created"] : ["", "_count", "_sum"],
        ("gaugehistogram", _) => ["_bucket", "_gcount", "_gsum"],
        ("counter", ExpositionFormat.OpenMetrics) => ["_total", "_created"],
        ("info", _) => ["_info"],
        _ => [""],
    };

    private sealed class Parser(string text, ExpositionFormat format)
    {
        private readonly Dictionary<string, MetricFamily> families = new(StringComparer.Ordinal);
        private readonly HashSet<string> closed = new(StringComparer.Ordinal);
        private readonly HashSet<string> series = new(StringComparer.Ordinal);
        private MetricFamily? current;
        private int lineNumber;

        private bool OpenMetrics => format == ExpositionFormat.OpenMetrics;

        public Exposition Run()
        {
            var lines = text.Split('\n');
            var sawEof = false;
            for (var i = 0; i < lines.Length; i++)
            {
                lineNumber = i + 1;
                var line = lines[i];
                if (sawEof)
                {
                    // OpenMetrics: "# EOF" is the last line; only the final line feed may follow it.
                    if (i == lines.Length - 1 && line.Length == 0)
                    {
                        continue;
                    }

                    throw Error("content after '# EOF'");
                }

                if (line.Contains('\r', StringComparison.Ordinal))
                {
                    throw Error("carriage return: lines end with a line feed only");
                }

                if (line.Length == 0)
                {
                    if (OpenMetrics)
                    {
                        throw Error("empty line (OpenMetrics allows none)");
                    }

                    continue;
                }

                if (line[0] == '#')
                {
                    sawEof = ReadComment(line);
                }
                else
                {
                    ReadSample(line);
                }
            }

            if (OpenMetrics && !sawEof)
            {
                throw new FormatException("OpenMetrics exposition does not end with '# EOF'.");
            }

            if (!OpenMetrics && text.Length > 0 && text[^1] != '\n')
            {
                throw new FormatException("The text format ends every line, the last one too, with a line feed.");
            }

            foreach (var family in families.Values)
            {
                CheckFamily(family);
            }

            return new Exposition(format, families);
        }

        /// <summary>Reads a # line; true when it is OpenMetrics' closing "# EOF".</summary>
        private bool ReadComment(string line)
        {
            if (OpenMetrics && line == "# EOF")
            {
                return true;
            }

            var parts = line.Split(' ', 4);
            var keyword = parts.Length > 1 && parts[0] == "#" ? parts[1] : null;
            var isMetadata = keyword is "HELP" or "TYPE" || (OpenMetrics && keyword == "UNIT");
            if (!isMetadata)
            {
                // The classic format allows free comments; OpenMetrics allows only its metadata and EOF.
                return OpenMetrics ? throw Error($"'{line}' is neither HELP, TYPE, UNIT nor EOF") : false;
            }

            if (parts.Length < 3 || !IsMetricName(parts[2]))
            {
                throw Error($"{keyword} line without a valid metric name");
            }

            var family = Enter(parts[2], metadata: true);
            var rest = parts.Length > 3 ? parts[3] : null;
            switch (keyword)
            {
                case "HELP":
                    family.Help = family.Help is null ? Unescape(rest ?? "", help: true) : throw Error($"second HELP for '{family.Name}'");
                    break;
                case "TYPE":
                    var types = OpenMetrics ? OpenMetricsTypes : ClassicTypes;
                    if (rest is null || !types.Contains(rest, StringComparer.Ordinal))
                    {
                        throw Error($"TYPE '{rest}' is not one of {string.Join(", ", types)}");
                    }

                    family.Type = family.Type is null ? rest : throw Error($"second TYPE for '{family.Name}'");
                    break;
                default:
                    if (string.IsNullOrEmpty(rest) || !family.Name.EndsWith("_" + rest, StringComparison.Ordinal))
                    {
                        throw Error($"UNIT '{rest}' must be the suffix of the family name '{family.Name}'");
                    }

                    family.Unit = family.Unit is null ? rest : throw Error($"second UNIT for '{family.Name}'");
                    break;
            }

            return false;
        }

        private void ReadSample(string line)
        {
            var position = 0;
            var name = ReadName(line, ref position);
            var labels = position < line.Length && line[position] == '{' ? ReadLabels(line, ref position) : new Dictionary<string, string>(StringComparer.Ordinal);
            var tokens = Tokens(line, position);
            if (tokens.Count == 0)
            {
                throw Error($"sample '{name}' has no value");
            }

            var value = ParseNumber(tokens[0]) ?? throw Error($"'{tokens[0]}' is not a number");
            string? timestamp = null;
            var next = 1;
            if (tokens.Count > next && tokens[next] != "#")
            {
                timestamp = tokens[next++];
                if (!IsTimestamp(timestamp))
                {
                    throw Error($"'{timestamp}' is not a timestamp ({(OpenMetrics ? "seconds" : "integer milliseconds")})");
                }
            }

            if (tokens.Count > next)
            {
                // Only OpenMetrics has exemplars: " # {labels} value [timestamp]" after the sample.
                if (!OpenMetrics || tokens[next] != "#")
                {
                    throw Error($"unexpected '{tokens[next]}' after the sample");
                }

                CheckExemplar(line, position + line[position..].IndexOf(" # ", StringComparison.Ordinal) + 3);
            }

            var family = FamilyOf(name);
            var sample = new MetricSample(name, labels, value, timestamp, lineNumber);
            if (!series.Add(sample.SeriesKey))
            {
                throw Error($"series {sample.SeriesKey} appears twice");
            }

            family.Samples.Add(sample);
        }

        /// <summary>The family a sample belongs to: the current one (families are contiguous), with a TYPE.</summary>
        private MetricFamily FamilyOf(string sampleName)
        {
            if (current?.Type is { } type)
            {
                foreach (var suffix in Suffixes(type, format))
                {
                    if (sampleName == current.Name + suffix)
                    {
                        return current;
                    }
                }
            }

            var owner = families.Values.FirstOrDefault(f => f.Type is { } t && Suffixes(t, format).Any(s => sampleName == f.Name + s));
            throw owner is not null
                ? Error($"sample '{sampleName}' of family '{owner.Name}' after another family began (families must not interleave)")
                : Error(current is not null && current.Type is null && sampleName.StartsWith(current.Name, StringComparison.Ordinal)
                    ? $"sample '{sampleName}' before its family's TYPE line"
                    : $"sample '{sampleName}' belongs to no family with a TYPE line");
        }

        /// <summary>Makes <paramref name="name"/> the current family; a family that was left cannot come back.</summary>
        private MetricFamily Enter(string name, bool metadata)
        {
            if (current?.Name == name)
            {
                if (metadata && current.Samples.Count > 0)
                {
                    throw Error($"metadata for '{name}' after its samples");
                }

                return current;
            }

            if (closed.Contains(name) || families.ContainsKey(name))
            {
                throw Error($"family '{name}' appears again after another family (families must not interleave)");
            }

            if (current is not null)
            {
                closed.Add(current.Name);
            }

            current = new MetricFamily(name);
            families.Add(name, current);
            return current;
        }

        private string ReadName(string line, ref int position)
        {
            var start = position;
            while (position < line.Length && IsNameChar(line[position], first: position == start, colon: true))
            {
                position++;
            }

            return position > start ? line[start..position] : throw Error("a sample line must start with a metric name");
        }

        private Dictionary<string, string> ReadLabels(string line, ref int position)
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            position++; // '{'
            while (true)
            {
                SkipBlanksInLabels(line, ref position);
                if (position < line.Length && line[position] == '}')
                {
                    if (OpenMetrics && labels.Count > 0 && line[position - 1] == ',')
                    {
                        throw Error("trailing comma in a label set (OpenMetrics allows none)");
                    }

                    position++;
                    return labels;
                }

                var start = position;
                while (position < line.Length && IsNameChar(line[position], first: position == start, colon: false))
                {
                    position++;
                }

                var name = line[start..position];
                if (name.Length == 0)
                {
                    throw Error($"expected a label name at column {position + 1}");
                }

                if (name.StartsWith("__", StringComparison.Ordinal))
                {
                    throw Error($"label name '{name}' is reserved (starts with __)");
                }

                SkipBlanksInLabels(line, ref position);
                Expect(line, ref position, '=');
                SkipBlanksInLabels(line, ref position);
                Expect(line, ref position, '"');
                var value = ReadLabelValue(line, ref position);
                if (!labels.TryAdd(name, value))
                {
                    throw Error($"label '{name}' twice in one sample");
                }

                SkipBlanksInLabels(line, ref position);
                if (position < line.Length && line[position] == ',')
                {
                    position++;
                }
                else if (position >= line.Length || line[position] != '}')
                {
                    throw Error($"expected ',' or '}}' at column {position + 1}");
                }
            }
        }

        private string ReadLabelValue(string line, ref int position)
        {
            var value = new StringBuilder();
            while (position < line.Length)
            {
                var c = line[position++];
                if (c == '"')
                {
                    return value.ToString();
                }

                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }

                if (position >= line.Length)
                {
                    break;
                }

                value.Append(line[position++] switch
                {
                    '\\' => '\\',
                    '"' => '"',
                    'n' => '\n',
                    var other => throw Error($"invalid escape '\\{other}' in a label value"),
                });
            }

            throw Error("unterminated label value");
        }

        /// <summary>The blank-separated tokens after the name and labels (exactly one space apart in OpenMetrics).</summary>
        private List<string> Tokens(string line, int position)
        {
            var rest = line[position..];
            if (rest.Length == 0)
            {
                return [];
            }

            if (OpenMetrics)
            {
                if (rest[0] != ' ')
                {
                    throw Error("expected one space before the value");
                }

                // Exemplar labels may contain spaces inside quotes: split only the part before " # ".
                var exemplar = rest.IndexOf(" # ", StringComparison.Ordinal);
                var head = exemplar >= 0 ? rest[1..exemplar] : rest[1..];
                var tokens = head.Split(' ');
                if (tokens.Any(t => t.Length == 0))
                {
                    throw Error("tokens must be separated by exactly one space");
                }

                return exemplar >= 0 ? [.. tokens, "#"] : [.. tokens];
            }

            if (rest[0] is not (' ' or '\t'))
            {
                throw Error($"expected a blank after the metric name, found '{rest[0]}'");
            }

            return [.. rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)];
        }

        private void CheckExemplar(string line, int at)
        {
            if (at >= line.Length || line[at] != '{')
            {
                throw Error("an exemplar starts with a label set");
            }

            var labels = ReadLabels(line, ref at);
            if (labels.Sum(l => l.Key.Length + l.Value.Length) > 128)
            {
                throw Error("exemplar labels longer than 128 characters");
            }

            var tokens = Tokens(line, at);
            if (tokens.Count is < 1 or > 2 || ParseNumber(tokens[0]) is null || (tokens.Count == 2 && !IsTimestamp(tokens[1])))
            {
                throw Error("an exemplar is a label set, a value and an optional timestamp");
            }
        }

        private void CheckFamily(MetricFamily family)
        {
            lineNumber = family.Samples.FirstOrDefault()?.Line ?? lineNumber;
            if (family.Type is null)
            {
                throw Error($"family '{family.Name}' has no TYPE line");
            }

            foreach (var sample in family.Samples)
            {
                lineNumber = sample.Line;
                var isCount = sample.Name.EndsWith("_total", StringComparison.Ordinal) || sample.Name.EndsWith("_count", StringComparison.Ordinal)
                    || sample.Name.EndsWith("_bucket", StringComparison.Ordinal);
                if ((family.Type == "counter" || (family.Type is "histogram" or "summary" && isCount)) && (double.IsNaN(sample.Value) || sample.Value < 0))
                {
                    throw Error($"{family.Type} sample {sample.SeriesKey} is {sample.Value}: counts are never negative");
                }

                if (family.Type == "info" && sample.Value != 1)
                {
                    throw Error($"info sample {sample.SeriesKey} must be 1");
                }

                if (family.Type == "summary" && sample.Name == family.Name && !sample.Labels.ContainsKey("quantile"))
                {
                    throw Error($"summary sample {sample.SeriesKey} has no quantile label");
                }

                if (sample.Name != family.Name + "_bucket" && sample.Labels.ContainsKey("le") && family.Type is "histogram" or "gaugehistogram")
                {
                    throw Error($"only buckets carry 'le': {sample.SeriesKey}");
                }
            }

            if (family.Type == "histogram")
            {
                CheckHistogram(family);
            }
        }

        /// <summary>
        /// Per series (labels without <c>le</c>): buckets sorted by <c>le</c>, cumulative, ending in <c>+Inf</c>
        /// whose count is the <c>_count</c>; one <c>_sum</c> and one <c>_count</c>, and no <c>_sum</c> without buckets.
        /// </summary>
        private void CheckHistogram(MetricFamily family)
        {
            var bucketName = family.Name + "_bucket";
            var groups = family.Samples.GroupBy(s => s.LabelKey(s.Labels.Keys, without: "le"), StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var buckets = group.Where(s => s.Name == bucketName).ToList();
                var counts = group.Where(s => s.Name == family.Name + "_count").ToList();
                var sums = group.Where(s => s.Name == family.Name + "_sum").ToList();
                lineNumber = group.First().Line;
                var where = $"histogram {family.Name}{group.Key}";
                if (buckets.Count == 0 || counts.Count != 1 || sums.Count != 1)
                {
                    throw Error($"{where} needs buckets, one _count and one _sum (has {buckets.Count}, {counts.Count}, {sums.Count})");
                }

                var previousBound = double.NegativeInfinity;
                var previousCount = 0.0;
                foreach (var bucket in buckets)
                {
                    lineNumber = bucket.Line;
                    if (!bucket.Labels.TryGetValue("le", out var le) || ParseNumber(le) is not { } bound || double.IsNaN(bound))
                    {
                        throw Error($"{where}: bucket without a numeric 'le'");
                    }

                    if (bound <= previousBound)
                    {
                        throw Error($"{where}: bucket le={le} is not above the previous one");
                    }

                    if (bucket.Value < previousCount)
                    {
                        throw Error($"{where}: bucket le={le} counts {bucket.Value}, fewer than the bucket below it ({previousCount}): buckets are cumulative");
                    }

                    (previousBound, previousCount) = (bound, bucket.Value);
                }

                if (!double.IsPositiveInfinity(previousBound))
                {
                    throw Error($"{where}: the last bucket must be le=\"+Inf\"");
                }

                if (previousCount != counts[0].Value)
                {
                    throw Error($"{where}: the +Inf bucket counts {previousCount} but _count is {counts[0].Value}");
                }
            }
        }

        private string Unescape(string value, bool help)
        {
            var result = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] != '\\')
                {
                    result.Append(value[i]);
                    continue;
                }

                var next = i + 1 < value.Length ? value[++i] : throw Error("a HELP text ends in a lone backslash");
                result.Append(next switch
                {
                    '\\' => '\\',
                    'n' => '\n',
                    '"' when OpenMetrics || !help => '"',
                    _ => throw Error($"invalid escape '\\{next}' in a HELP text"),
                });
            }

            return result.ToString();
        }

        private bool IsTimestamp(string token) => OpenMetrics
            ? ParseNumber(token) is { } seconds && double.IsFinite(seconds)
            : long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

        /// <summary>Go's float syntax as Prometheus reads it: decimal with optional exponent, or NaN and ±Inf.</summary>
        private static double? ParseNumber(string token)
        {
            switch (token)
            {
                case "NaN":
                    return double.NaN;
                case "+Inf" or "Inf":
                    return double.PositiveInfinity;
                case "-Inf":
                    return double.NegativeInfinity;
            }

            var i = 0;
            if (i < token.Length && token[i] is '+' or '-')
            {
                i++;
            }

            var digits = 0;
            while (i < token.Length && char.IsAsciiDigit(token[i]))
            {
                (i, digits) = (i + 1, digits + 1);
            }

            if (i < token.Length && token[i] == '.')
            {
                i++;
                while (i < token.Length && char.IsAsciiDigit(token[i]))
                {
                    (i, digits) = (i + 1, digits + 1);
                }
            }

            if (digits == 0)
            {
                return null;
            }

            if (i < token.Length && token[i] is 'e' or 'E')
            {
                i++;
                if (i < token.Length && token[i] is '+' or '-')
                {
                    i++;
                }

                var exponent = 0;
                while (i < token.Length && char.IsAsciiDigit(token[i]))
                {
                    (i, exponent) = (i + 1, exponent + 1);
                }

                if (exponent == 0)
                {
                    return null;
                }
            }

            return i == token.Length ? double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
        }

        private static bool IsMetricName(string name) =>
            name.Length > 0 && name.Select((c, i) => IsNameChar(c, first: i == 0, colon: true)).All(ok => ok);

        private static bool IsNameChar(char c, bool first, bool colon) =>
            char.IsAsciiLetter(c) || c == '_' || (colon && c == ':') || (!first && char.IsAsciiDigit(c));

        private void SkipBlanksInLabels(string line, ref int position)
        {
            // The classic format tolerates blanks inside a label set; OpenMetrics does not.
            while (!OpenMetrics && position < line.Length && line[position] is ' ' or '\t')
            {
                position++;
            }
        }

        private void Expect(string line, ref int position, char expected)
        {
            if (position >= line.Length || line[position] != expected)
            {
                throw Error($"expected '{expected}' at column {position + 1}");
            }

            position++;
        }

        private FormatException Error(string message) => new($"Line {lineNumber}: {message}.");
    }
}
