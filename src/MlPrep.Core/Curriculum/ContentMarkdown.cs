using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MlPrep.Core.Curriculum;

/// <summary>
/// Renders notes, card and quiz text to HTML, checks notes for malformed structure and counts
/// their words. Math is left as <c>\(...\)</c> and <c>\[...\]</c> inside elements of class
/// <c>math</c>; the browser typesets it with KaTeX.
/// </summary>
public static partial class ContentMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>Renders a short text (a card side, a quiz choice) without the wrapping paragraph.</summary>
    public static string ToInlineHtml(string markdown) => Unwrap(ToHtml(markdown));

    /// <summary>
    /// <see cref="ToInlineHtml(string)"/> with the renderer adjusted first, for another reader of the
    /// same Markdown (an Anki export writes math in MathJax's delimiters).
    /// </summary>
    public static string ToInlineHtml(string markdown, Action<HtmlRenderer> customize)
    {
        ArgumentNullException.ThrowIfNull(customize);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        customize(renderer);
        renderer.Render(Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return Unwrap(writer.ToString());
    }

    /// <summary>A text that renders as one paragraph loses its &lt;p&gt;.</summary>
    private static string Unwrap(string rendered)
    {
        var html = rendered.Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }

        return html;
    }

    /// <summary>
    /// Plain text for search and snippets: Markdown syntax dropped, math kept with the
    /// unambiguous LaTeX delimiters <c>\(...\)</c> and <c>\[...\]</c> so that a snippet
    /// cut in the middle of a formula can still be told apart from text.
    /// </summary>
    public static string ToSearchText(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case MathBlock math:
                    text.Append(@" \[").Append(math.Lines.ToString().ReplaceLineEndings(" ").Trim()).Append(@"\] ");
                    break;
                case CodeBlock code:
                    text.Append(' ').Append(code.Lines.ToString().ReplaceLineEndings(" ")).Append(' ');
                    break;
                default:
                    if (block.Inline is not null)
                    {
                        AppendInlines(block.Inline, text);
                    }

                    text.Append(' ');
                    break;
            }
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case MathInline math:
                    text.Append(@"\(").Append(math.Content.ToString().Trim()).Append(@"\)");
                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Finds what a Markdown renderer would silently mangle: an unclosed code fence, an
    /// unclosed <c>$$</c> display block, an odd number of <c>$</c> on a line of text.
    /// </summary>
    /// <param name="body">The notes.</param>
    /// <param name="firstLine">The line of the file on which <paramref name="body"/> starts.</param>
    public static IEnumerable<(int Line, string Message)> FindProblems(string body, int firstLine)
    {
        var lines = body.Split('\n');
        int? fenceLine = null;
        string fence = "";
        int? mathLine = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            var lineNumber = firstLine + i;
            if (fenceLine is null && mathLine is null && FenceOpen().Match(trimmed) is { Success: true } open)
            {
                fenceLine = lineNumber;
                fence = open.Groups[1].Value;
                continue;
            }

            if (fenceLine is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim().Trim(fence[0]).Length == 0)
                {
                    fenceLine = null;
                }

                continue;
            }

            if (trimmed.StartsWith("$$", StringComparison.Ordinal))
            {
                var rest = trimmed.Trim();
                var oneLine = rest.Length > 4 && rest.EndsWith("$$", StringComparison.Ordinal);
                if (!oneLine)
                {
                    mathLine = mathLine is null ? lineNumber : null;
                }

                continue;
            }

            if (mathLine is not null)
            {
                if (trimmed.TrimEnd().EndsWith("$$", StringComparison.Ordinal))
                {
                    mathLine = null;
                }

                continue;
            }

            var text = InlineCode().Replace(line, "");
            text = text.Replace("\\$", "", StringComparison.Ordinal).Replace("$$", "", StringComparison.Ordinal);
            if (text.Count(c => c == '$') % 2 != 0)
            {
                yield return (lineNumber, "unbalanced '$' in a line of text: close the inline formula on the same line, or write \\$ for a dollar sign");
            }
        }

        if (fenceLine is not null)
        {
            yield return (fenceLine.Value, $"code fence '{fence}' opened here is never closed");
        }

        if (mathLine is not null)
        {
            yield return (mathLine.Value, "display math '$$' opened here is never closed");
        }
    }

    /// <summary>Words of prose: tokens with a letter or digit, outside code blocks and display math.</summary>
    public static int CountWords(string body)
    {
        var prose = FencedCode().Replace(body, " ");
        prose = DisplayMath().Replace(prose, " ");
        return WordToken().Count(prose);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(`{3,}|~{3,})")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[ \t]*(`{3,}|~{3,})[^\n]*\n.*?^[ \t]*\1[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"\$\$.*?\$\$", RegexOptions.Singleline)]
    private static partial Regex DisplayMath();

    [GeneratedRegex(@"\S*[\p{L}\p{N}]\S*")]
    private static partial Regex WordToken();
}
