using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MlPrep.Core.Curriculum;

/// <summary>
/// Parses YAML text into a node tree and turns any parser failure into a message with a line.
/// YamlDotNet reports most syntax errors as <see cref="YamlException"/> with a position, but some
/// malformed inputs surface as other exceptions; for those the line of the last event the parser
/// read is the best available position.
/// </summary>
internal static class YamlText
{
    public static YamlNode? Parse(string text, out int errorLine, out string? error)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
            errorLine = 0;
            error = null;
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            errorLine = (int)Math.Max(1, ex.Start.Line);
            error = ex.InnerException?.Message ?? ex.Message;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            errorLine = (int)Math.Max(1, parser.LastLine);
            error = "the YAML could not be parsed after this line";
        }

        return null;
    }

    private sealed class TrackingParser(IParser inner) : IParser
    {
        public long LastLine { get; private set; } = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastLine = current.End.Line;
            }

            return moved;
        }
    }
}
