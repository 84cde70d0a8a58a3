using System.Text;

namespace MlPrep.Cli.Review;

/// <summary>
/// A card side's Markdown as terminal text: LaTeX kept exactly as written (<c>$...$</c>, <c>$$...$$</c>), code kept,
/// bold markers dropped, prose word-wrapped to a width without breaking a formula or a code span. Code blocks and
/// display-math lines are not wrapped. With
/// colour on, math is cyan, code yellow and bold text bold.
/// </summary>
public sealed class TerminalText(int width, bool colour)
{
    private const string Reset = "\e[0m";
    private const string MathColour = "\e[36m";
    private const string CodeColour = "\e[33m";
    private const string BoldStyle = "\e[1m";

    public int Width { get; } = Math.Max(20, width);

    public bool Colour { get; } = colour;

    /// <summary>Wraps the text in an ANSI style when colour is on.</summary>
    public string Paint(string text, string style) => Colour ? style + text + Reset : text;

    /// <summary>The Markdown as lines of at most <see cref="Width"/> characters, each starting with <paramref name="indent"/>.</summary>
    public IReadOnlyList<string> Render(string markdown, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(indent);
        var lines = new List<string>();
        var inFence = false;
        var inDisplayMath = false;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Trim('\n').Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                lines.Add(indent + Paint(line, CodeColour));
                continue;
            }

            if (inFence || line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t'))
            {
                lines.Add(indent + Paint(line, CodeColour));
                continue;
            }

            var opensOrClosesMath = trimmed.StartsWith("$$", StringComparison.Ordinal) && !(trimmed.Length > 4 && trimmed.EndsWith("$$", StringComparison.Ordinal));
            if (inDisplayMath || opensOrClosesMath || (trimmed.StartsWith("$$", StringComparison.Ordinal) && trimmed.EndsWith("$$", StringComparison.Ordinal)))
            {
                lines.Add(indent + Paint(line, MathColour));
                inDisplayMath ^= opensOrClosesMath;
                continue;
            }

            Wrap(line, indent, lines);
        }

        return lines;
    }

    /// <summary>Word-wraps one line of prose; a list item's continuation lines are indented under its text.</summary>
    private void Wrap(string line, string indent, List<string> lines)
    {
        var leading = line.Length - line.TrimStart().Length;
        var body = line.TrimStart();
        var marker = ListMarker(body);
        var hanging = indent + new string(' ', leading + marker);
        var current = new StringBuilder(indent + line[..leading]);
        var visible = current.Length;
        var first = true;
        foreach (var (word, styled) in Words(body))
        {
            if (!first && visible + 1 + word.Length > Width)
            {
                lines.Add(current.ToString());
                current.Clear().Append(hanging);
                visible = hanging.Length;
                first = true;
            }

            if (!first)
            {
                current.Append(' ');
                visible++;
            }

            current.Append(styled);
            visible += word.Length;
            first = false;
        }

        lines.Add(current.ToString());
    }

    private static int ListMarker(string body)
    {
        if (body.StartsWith("- ", StringComparison.Ordinal) || body.StartsWith("* ", StringComparison.Ordinal))
        {
            return 2;
        }

        var digits = body.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && body.Length > digits + 1 && body[digits] is '.' or ')' && body[digits + 1] == ' ' ? digits + 2 : 0;
    }

    /// <summary>The words of a line, each as shown (plain) and as written (with colour); math and code stay whole spans.</summary>
    private List<(string Plain, string Styled)> Words(string text)
    {
        var words = new List<(string Plain, string Styled)>();
        var plain = new StringBuilder();
        var styled = new StringBuilder();
        foreach (var (span, kind) in Spans(text))
        {
            var style = kind switch { SpanKind.Math => MathColour, SpanKind.Code => CodeColour, SpanKind.Bold => BoldStyle, _ => null };
            // A formula or a code span is never broken across lines: it stays one word, however long.
            string[] pieces = kind is SpanKind.Math or SpanKind.Code ? [span] : span.Split(' ');
            for (var k = 0; k < pieces.Length; k++)
            {
                if (k > 0)
                {
                    Flush();
                }

                plain.Append(pieces[k]);
                styled.Append(style is null || pieces[k].Length == 0 ? pieces[k] : Paint(pieces[k], style));
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (plain.Length > 0)
            {
                words.Add((plain.ToString(), styled.ToString()));
            }

            plain.Clear();
            styled.Clear();
        }
    }

    private enum SpanKind
    {
        Text,
        Math,
        Code,
        Bold,
    }

    /// <summary>Splits a line into prose, inline math (<c>$..$</c>, <c>$$..$$</c>), inline code and bold text.</summary>
    private static IEnumerable<(string Text, SpanKind Kind)> Spans(string text)
    {
        var plain = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '$')
            {
                plain.Append('$');
                i += 2;
                continue;
            }

            var (open, kind) = c switch
            {
                '$' when i + 1 < text.Length && text[i + 1] == '$' => ("$$", SpanKind.Math),
                '$' => ("$", SpanKind.Math),
                '`' => ("`", SpanKind.Code),
                '*' when i + 1 < text.Length && text[i + 1] == '*' => ("**", SpanKind.Bold),
                _ => ("", SpanKind.Text),
            };
            var close = open.Length == 0 ? -1 : FindClose(text, open, i + open.Length);
            if (close < 0)
            {
                plain.Append(c);
                i++;
                continue;
            }

            if (plain.Length > 0)
            {
                yield return (plain.ToString(), SpanKind.Text);
                plain.Clear();
            }

            // Math and code are shown as written, delimiters included; bold loses its markers.
            yield return kind == SpanKind.Bold
                ? (text[(i + 2)..close], SpanKind.Bold)
                : (text[i..(close + open.Length)], kind);
            i = close + open.Length;
        }

        if (plain.Length > 0)
        {
            yield return (plain.ToString(), SpanKind.Text);
        }
    }

    private static int FindClose(string text, string delimiter, int from)
    {
        for (var j = from; j <= text.Length - delimiter.Length; j++)
        {
            if (delimiter == "$" && text[j] == '\\' && j + 1 < text.Length)
            {
                j++; // an escaped character inside math, such as \$ or \\, cannot close it
                continue;
            }

            if (string.CompareOrdinal(text, j, delimiter, 0, delimiter.Length) == 0)
            {
                return j > from ? j : -1;
            }
        }

        return -1;
    }
}
