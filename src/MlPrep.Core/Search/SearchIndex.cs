using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using MlPrep.Core.Curriculum;

namespace MlPrep.Core.Search;

/// <summary>
/// Full-text search over topic titles, summaries, notes, tags and cards, built in memory from
/// the curriculum at start-up. Lucene scores with BM25; English stemming lets "penalties"
/// find "penalty".
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int SnippetLength = 180;

    private static readonly Dictionary<string, float> FieldBoosts = new(StringComparer.Ordinal)
    {
        ["title"] = 4f,
        ["tags"] = 2f,
        ["summary"] = 2f,
        ["text"] = 1f,
    };

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public SearchIndex(Curriculum.Curriculum curriculum)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            foreach (var topic in curriculum.Topics)
            {
                AddTopic(writer, topic);
            }

            foreach (var problem in curriculum.Problems)
            {
                writer.AddDocument(new Document
                {
                    new StringField("kind", "problem", Field.Store.YES),
                    new StringField("id", problem.Id, Field.Store.YES),
                    new StringField("topic", problem.Topics.FirstOrDefault() ?? "", Field.Store.YES),
                    new TextField("title", problem.Title, Field.Store.YES),
                    new TextField("tags", string.Join(' ', new[] { problem.Kind, problem.Difficulty, problem.Pattern ?? "" }), Field.Store.YES),
                    new TextField("text", PlainText(problem.StatementMarkdown), Field.Store.YES),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public int DocumentCount => _reader.NumDocs;

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query) || limit <= 0)
        {
            return [];
        }

        // Every word in some field ranks first (boosted); documents with only some words follow.
        Query parsed;
        try
        {
            var escaped = QueryParserBase.Escape(query.Trim());
            var all = Parser(Operator.AND).Parse(escaped);
            var any = Parser(Operator.OR).Parse(escaped);
            all.Boost = 2f;
            parsed = new BooleanQuery
            {
                { all, Occur.SHOULD },
                { any, Occur.SHOULD },
            };
        }
        catch (ParseException)
        {
            return [];
        }

        var top = _searcher.Search(parsed, limit);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(parsed))
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength),
        };

        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = _searcher.Doc(scoreDoc.Doc);
            hits.Add(new SearchHit(
                doc.Get("kind"),
                doc.Get("id"),
                doc.Get("topic"),
                doc.Get("title"),
                Math.Round(scoreDoc.Score, 4),
                Snippet(highlighter, doc)));
        }

        return hits;
    }

    private MultiFieldQueryParser Parser(Operator defaultOperator) =>
        new(Version, [.. FieldBoosts.Keys], _analyzer, FieldBoosts) { DefaultOperator = defaultOperator };

    private string Snippet(Highlighter highlighter, Document doc)
    {
        foreach (var field in new[] { "text", "summary" })
        {
            var value = doc.Get(field);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            using var tokens = _analyzer.GetTokenStream(field, value);
            var fragment = highlighter.GetBestFragments(tokens, value, 2, " … ");
            if (!string.IsNullOrEmpty(fragment))
            {
                return fragment.Trim();
            }
        }

        var fallback = doc.Get("summary") ?? doc.Get("text") ?? doc.Get("title") ?? "";
        return WebUtility.HtmlEncode(fallback.Length > SnippetLength ? fallback[..SnippetLength] + "…" : fallback);
    }

    private static void AddTopic(IndexWriter writer, Topic topic)
    {
        var content = topic.Content;
        var doc = new Document
        {
            new StringField("kind", "topic", Field.Store.YES),
            new StringField("id", topic.Id, Field.Store.YES),
            new StringField("topic", topic.Id, Field.Store.YES),
            new TextField("title", content?.Title ?? topic.Title, Field.Store.YES),
        };
        if (content is not null)
        {
            doc.Add(new TextField("summary", content.Summary, Field.Store.YES));
            doc.Add(new TextField("tags", string.Join(' ', content.Tags), Field.Store.YES));
            doc.Add(new TextField("text", PlainText(content.NotesMarkdown), Field.Store.YES));
        }

        writer.AddDocument(doc);
        if (content is null)
        {
            return;
        }

        foreach (var card in content.Cards)
        {
            writer.AddDocument(new Document
            {
                new StringField("kind", "card", Field.Store.YES),
                new StringField("id", card.Id, Field.Store.YES),
                new StringField("topic", topic.Id, Field.Store.YES),
                new TextField("title", PlainText(card.Question), Field.Store.YES),
                new TextField("text", PlainText(card.Answer), Field.Store.YES),
            });
        }
    }

    private static string PlainText(string markdown) => ContentMarkdown.ToSearchText(markdown);

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
