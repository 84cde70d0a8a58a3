using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using MlPrep.Core.Curriculum;

namespace MlPrep.Data.Export;

/// <summary>
/// The text rules of an Anki collection: field HTML (math in MathJax's <c>\(...\)</c> and <c>\[...\]</c>), the
/// stripped text Anki sorts and checks duplicates by, its checksum, and stable note guids.
/// </summary>
public static partial class AnkiText
{
    /// <summary>Separates the fields of a note in <c>notes.flds</c>.</summary>
    public const char FieldSeparator = '\x1f';

    // Anki's guid64 alphabet: 91 printable characters, none of them a space or the field separator.
    private const string GuidAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    /// <summary>
    /// A card side as field HTML, rendered as the site renders cards, with math in the delimiters Anki's MathJax
    /// reads: <c>$x$</c> becomes <c>\(x\)</c>, and <c>$$x$$</c>, inline or on lines of its own, becomes <c>\[x\]</c>.
    /// </summary>
    public static string FieldHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return ContentMarkdown.ToInlineHtml(markdown, renderer => renderer.ObjectRenderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new MathJaxInlineRenderer()))
            .ReplaceLineEndings("\n");
    }

    /// <summary>
    /// The text of a field as Anki strips it for the sort field and the checksum: comments, styles, scripts and
    /// tags dropped (an image leaves its file name), entities decoded, <c>&amp;nbsp;</c> as a plain space.
    /// </summary>
    public static string StripHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = Comment().Replace(html, "");
        text = Style().Replace(text, "");
        text = Script().Replace(text, "");
        text = Image().Replace(text, " $1 ");
        text = Tag().Replace(text, "");
        text = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        return WebUtility.HtmlDecode(text);
    }

    /// <summary>
    /// <c>notes.csum</c>: the first 8 hex digits of the SHA-1 of the stripped first field, read as an unsigned
    /// 32-bit integer. Anki uses it to find duplicate notes; SHA-1 is its choice, not a security measure.
    /// </summary>
    [SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "Anki's file format defines the checksum as SHA-1; it is not used for security.")]
    public static long Checksum(string firstFieldHtml)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(StripHtml(firstFieldHtml)));
        return BinaryPrimitives.ReadUInt32BigEndian(hash);
    }

    /// <summary>
    /// A note guid that depends only on the MLPrep card id, so importing a later export updates the same notes
    /// instead of adding copies: 64 bits of SHA-256 written in Anki's base-91 alphabet.
    /// </summary>
    public static string Guid(string cardId)
    {
        ArgumentNullException.ThrowIfNull(cardId);
        var value = BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("mlprep-card:" + cardId)));
        var text = new StringBuilder();
        do
        {
            text.Insert(0, GuidAlphabet[(int)(value % (ulong)GuidAlphabet.Length)]);
            value /= (ulong)GuidAlphabet.Length;
        }
        while (value > 0);
        return text.ToString();
    }

    /// <summary>
    /// A stable positive id below 2^53 (so JSON readers keep it exact) for a name, salted by its kind: deck and
    /// note ids stay the same from one export to the next.
    /// </summary>
    public static long StableId(string kind, string name)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"mlprep-{kind}:{name}"));
        var value = (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) >> 12); // 52 bits
        return Math.Max(value, 2); // 1 is Anki's Default deck and option group
    }

    /// <summary>A title as one level of an Anki deck name: "::" separates levels, so it may not appear inside one.</summary>
    public static string DeckLevel(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var level = title.Replace("::", ":", StringComparison.Ordinal).Trim();
        return level.Length == 0 ? "Untitled" : level;
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("<style.*?>.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Style();

    [GeneratedRegex("<script.*?>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex("""<img[^>]+src=["']?([^"'>]+)["']?[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex Image();

    [GeneratedRegex("<.*?>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    /// <summary>Inline math as MathJax reads it: <c>\(...\)</c>, or <c>\[...\]</c> when written with <c>$$</c>.</summary>
    private sealed class MathJaxInlineRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline obj)
        {
            var display = obj.DelimiterCount >= 2;
            renderer.Write("<span").WriteAttributes(obj).Write(display ? ">\\[" : ">\\(");
            renderer.WriteEscape(ref obj.Content);
            renderer.Write(display ? "\\]</span>" : "\\)</span>");
        }
    }
}
