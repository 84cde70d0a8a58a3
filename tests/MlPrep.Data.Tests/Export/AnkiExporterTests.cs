using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using MlPrep.Core.Curriculum;
using MlPrep.Data.Export;

namespace MlPrep.Data.Tests.Export;

/// <summary>
/// The Anki package opened as Anki opens it: the zip, then collection.anki2 with SQLite. The expected schema is
/// written out here from Anki's schema11.sql, not read from the exporter, so a wrong column fails the test.
/// </summary>
public sealed class AnkiExporterTests : IDisposable
{
    private readonly string _root = TestRepo.NewTempDir("anki");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero));

    public AnkiExporterTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Two areas; one section with cards in two topics, one with a topic still unwritten.</summary>
    private static Curriculum SmallCurriculum()
    {
        static Topic Topic(string id, string area, string section, params (string Q, string A)[] cards) => new(
            id, id, area, section, false, false,
            cards.Length == 0 ? null : new TopicContent(id, "summary", [], [], [], [.. cards.Select((c, i) => new Card($"{id}/c{i + 1}", c.Q, c.A, i + 1))], [], "", "", 0, $"{id}.md"));

        var supervised = new Section("ml.supervised", "Supervised learning", "ml", false,
        [
            Topic("ml.knn", "ml", "ml.supervised", ("What does kNN do at training time?", "It only **stores** the training set."), ("Cost of a query against $n$ points?", "$O(nd)$ for the distances.")),
            Topic("ml.svm", "ml", "ml.supervised", ("Is *k* small?", "The hinge loss is $$\\max(0, 1 - y f(x))$$")),
        ]);
        var unsupervised = new Section("ml.unsupervised", "Unsupervised learning", "ml", false, [Topic("ml.kmeans", "ml", "ml.unsupervised", ("What does k-means minimise?", "The within-cluster sum of squares."))]);
        var unwritten = new Section("ml.rl", "Reinforcement learning", "ml", true, [Topic("ml.mdp", "ml", "ml.rl")]);
        var algebra = new Section("math.linear-algebra", "Linear algebra", "math", false,
        [
            Topic("math.vectors", "math", "math.linear-algebra", ("What is $\\lVert x \\rVert_2$?", "$$\\sqrt{\\sum_i x_i^2}$$"), ("Is $a < b$ for $a = 1$, $b = 2$?", "Yes.")),
        ]);
        return new Curriculum(
        [
            new Area("ml", "Machine Learning", [], [supervised, unsupervised, unwritten]),
            new Area("math", "Mathematics for ML", [], [algebra]),
        ],
            []);
    }

    private string Export(Curriculum curriculum, string name, string? area = null)
    {
        var path = Path.Combine(_root, name);
        new AnkiExporter(_clock).Export(curriculum, path, area);
        return path;
    }

    /// <summary>Extracts collection.anki2 from the package and opens it read-only.</summary>
    private SqliteConnection OpenCollection(string package)
    {
        var database = Path.Combine(_root, Path.GetFileNameWithoutExtension(package) + ".anki2");
        using (var zip = ZipFile.OpenRead(package))
        {
            zip.GetEntry("collection.anki2")!.ExtractToFile(database, overwrite: true);
        }

        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<object[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private static JsonElement ColJson(SqliteConnection connection, string column) =>
        JsonDocument.Parse((string)Rows(connection, $"select {column} from col")[0][0]).RootElement;

    [Fact]
    public void Export_WritesAZipWithTheCollectionAndAnEmptyMediaMap()
    {
        var package = Export(SmallCurriculum(), "deck.apkg");

        using var zip = ZipFile.OpenRead(package);
        Assert.Equal(["collection.anki2", "media"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var media = new StreamReader(zip.GetEntry("media")!.Open());
        Assert.Equal("{}", media.ReadToEnd());
        using var header = zip.GetEntry("collection.anki2")!.Open();
        var magic = new byte[16];
        header.ReadExactly(magic);
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(magic));
    }

    [Fact]
    public void Collection_HasAnkiSchema11Tables_WithTheExactColumns()
    {
        // From Anki's rslib/src/storage/schema11.sql: name, declared type, not null, primary key.
        var expected = new Dictionary<string, string>
        {
            ["col"] = "id integer 0 1|crt integer 1 0|mod integer 1 0|scm integer 1 0|ver integer 1 0|dty integer 1 0|usn integer 1 0|ls integer 1 0|conf text 1 0|models text 1 0|decks text 1 0|dconf text 1 0|tags text 1 0",
            ["notes"] = "id integer 0 1|guid text 1 0|mid integer 1 0|mod integer 1 0|usn integer 1 0|tags text 1 0|flds text 1 0|sfld integer 1 0|csum integer 1 0|flags integer 1 0|data text 1 0",
            ["cards"] = "id integer 0 1|nid integer 1 0|did integer 1 0|ord integer 1 0|mod integer 1 0|usn integer 1 0|type integer 1 0|queue integer 1 0|due integer 1 0|ivl integer 1 0|factor integer 1 0|reps integer 1 0|lapses integer 1 0|left integer 1 0|odue integer 1 0|odid integer 1 0|flags integer 1 0|data text 1 0",
            ["revlog"] = "id integer 0 1|cid integer 1 0|usn integer 1 0|ease integer 1 0|ivl integer 1 0|lastIvl integer 1 0|factor integer 1 0|time integer 1 0|type integer 1 0",
            ["graves"] = "usn integer 1 0|oid integer 1 0|type integer 1 0",
        };
        using var db = OpenCollection(Export(SmallCurriculum(), "deck.apkg"));

        var tables = Rows(db, "select name from sqlite_master where type = 'table' order by name").Select(r => (string)r[0]);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), tables);
        foreach (var (table, columns) in expected)
        {
            var actual = Rows(db, $"pragma table_info({table})").Select(r => $"{r[1]} {((string)r[2]).ToLowerInvariant()} {r[3]} {r[5]}");
            Assert.Equal(columns, string.Join('|', actual));
        }

        var indexes = Rows(db, "select name from sqlite_master where type = 'index' and sql is not null order by name").Select(r => (string)r[0]);
        Assert.Equal(["ix_cards_nid", "ix_cards_sched", "ix_cards_usn", "ix_notes_csum", "ix_notes_usn", "ix_revlog_cid", "ix_revlog_usn"], indexes);
        var col = Rows(db, "select id, ver, crt, mod from col");
        Assert.Single(col);
        Assert.Equal(11L, col[0][1]);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), col[0][2]);
        Assert.Equal(_clock.GetUtcNow().ToUnixTimeMilliseconds(), col[0][3]);
        Assert.Empty(Rows(db, "select * from revlog"));
        Assert.Empty(Rows(db, "select * from graves"));
    }

    [Fact]
    public void Decks_AreOnePerAreaWithASubdeckPerSection_HoldingTheirCards()
    {
        using var db = OpenCollection(Export(SmallCurriculum(), "deck.apkg"));

        var decks = ColJson(db, "decks").EnumerateObject().ToDictionary(d => d.Value.GetProperty("id").GetInt64(), d => d.Value.GetProperty("name").GetString()!);
        Assert.Equal(
            [
                "Default", "MLPrep", "MLPrep::Machine Learning", "MLPrep::Machine Learning::Supervised learning",
                "MLPrep::Machine Learning::Unsupervised learning", "MLPrep::Mathematics for ML", "MLPrep::Mathematics for ML::Linear algebra",
            ],
            decks.Values.Order(StringComparer.Ordinal));
        foreach (var deck in ColJson(db, "decks").EnumerateObject())
        {
            Assert.Equal(deck.Name, deck.Value.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(0, deck.Value.GetProperty("dyn").GetInt32());
            Assert.Equal(1, deck.Value.GetProperty("conf").GetInt32());
            foreach (var today in new[] { "newToday", "revToday", "lrnToday", "timeToday" })
            {
                Assert.Equal(2, deck.Value.GetProperty(today).GetArrayLength());
            }
        }

        var cardsPerDeck = Rows(db, "select did, count(*) from cards group by did").ToDictionary(r => decks[(long)r[0]], r => (long)r[1]);
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["MLPrep::Machine Learning::Supervised learning"] = 3,
                ["MLPrep::Machine Learning::Unsupervised learning"] = 1,
                ["MLPrep::Mathematics for ML::Linear algebra"] = 2,
            },
            cardsPerDeck);
        Assert.Equal(6L, Rows(db, "select count(*) from notes")[0][0]);
        Assert.Equal(0L, Rows(db, "select count(*) from cards c left join notes n on n.id = c.nid where n.id is null")[0][0]);
        var dueOrder = Rows(db, "select n.sfld from cards c join notes n on n.id = c.nid order by c.due").Select(r => r[0].ToString());
        Assert.Equal("What does kNN do at training time?", dueOrder.First());
        Assert.True(ColJson(db, "dconf").TryGetProperty("1", out var options));
        Assert.Equal([1.0, 10.0], options.GetProperty("new").GetProperty("delays").EnumerateArray().Select(d => d.GetDouble()));
    }

    [Fact]
    public void Notes_UseABasicNoteType_WithMathInMathJaxDelimiters_AndTheTopicAsTag()
    {
        using var db = OpenCollection(Export(SmallCurriculum(), "deck.apkg"));

        var model = Assert.Single(ColJson(db, "models").EnumerateObject()).Value;
        Assert.Equal(["Front", "Back"], model.GetProperty("flds").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("{{Front}}", model.GetProperty("tmpls")[0].GetProperty("qfmt").GetString());
        Assert.Contains("{{Back}}", model.GetProperty("tmpls")[0].GetProperty("afmt").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, model.GetProperty("type").GetInt32());

        var notes = Rows(db, "select guid, mid, tags, flds, sfld from notes").ToDictionary(r => ((string)r[3]).Split('\x1f')[0]);
        Assert.All(notes.Values, n => Assert.Equal(model.GetProperty("id").GetInt64(), n[1]));
        Assert.All(notes.Values, n => Assert.Equal(2, ((string)n[3]).Split('\x1f').Length));

        var cost = notes.Single(n => n.Key.StartsWith("Cost", StringComparison.Ordinal)).Value;
        Assert.Equal(" ml.knn ", cost[2]);
        Assert.Equal(@"Cost of a query against <span class=""math"">\(n\)</span> points?" + "\x1f" + @"<span class=""math"">\(O(nd)\)</span> for the distances.", cost[3]);
        Assert.Equal(@"Cost of a query against \(n\) points?", cost[4]);

        var hinge = notes.Single(n => n.Key.StartsWith("Is <em>k</em>", StringComparison.Ordinal)).Value;
        Assert.Contains(@"\[\max(0, 1 - y f(x))\]", (string)hinge[3], StringComparison.Ordinal);
        Assert.Equal(" ml.svm ", hinge[2]);
        var less = notes.Single(n => n.Key.StartsWith("Is <span", StringComparison.Ordinal)).Value;
        Assert.Contains(@"\(a &lt; b\)", (string)less[3], StringComparison.Ordinal);
        Assert.All(notes.Values, n => Assert.DoesNotContain("$", (string)n[3], StringComparison.Ordinal));

        var tags = ColJson(db, "tags").EnumerateObject().Select(t => t.Name);
        Assert.Equal(["math.vectors", "ml.kmeans", "ml.knn", "ml.svm"], tags);
    }

    [Fact]
    public void Checksum_IsTheFirstEightHexDigitsOfSha1_OfTheStrippedFirstField()
    {
        // python3 -c "import hashlib; print(int(hashlib.sha1(b'Is k small?').hexdigest()[:8], 16))"
        Assert.Equal(1359891491L, AnkiText.Checksum("Is <em>k</em> small?"));
        Assert.Equal(1645975770L, AnkiText.Checksum("What does kNN do at training time?"));
        Assert.Equal(2671507884L, AnkiText.Checksum(@"Cost of a query against <span class=""math"">\(n\)</span> points?"));

        using var db = OpenCollection(Export(SmallCurriculum(), "deck.apkg"));
        var csums = Rows(db, "select sfld, csum from notes").ToDictionary(r => r[0].ToString()!, r => (long)r[1]);
        Assert.Equal(1359891491L, csums["Is k small?"]);
        Assert.Equal(1645975770L, csums["What does kNN do at training time?"]);
    }

    [Theory]
    [InlineData("What does kNN do at training time?")]
    [InlineData("Cost is $O(nd)$, and **not** $O(n^2)$ when $a < b$.")]
    [InlineData("A list:\n\n- one `code`\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("The norm:\n\n$$\n\\sqrt{x}\n$$")]
    public void FieldHtml_IsTheSitesCardHtml_WhenThereIsNoInlineDisplayMath(string markdown)
    {
        Assert.Equal(ContentMarkdown.ToInlineHtml(markdown).ReplaceLineEndings("\n").Trim(), AnkiText.FieldHtml(markdown));
    }

    [Fact]
    public void FieldHtml_WritesDoubleDollarMath_AsDisplayMath()
    {
        Assert.Equal(@"is <span class=""math"">\[x^2\]</span> and <span class=""math"">\(y\)</span>", AnkiText.FieldHtml("is $$x^2$$ and $y$"));
        Assert.Equal("<p>The norm:</p>\n<div class=\"math\">\n\\[\n\\sqrt{x}\n\\]</div>", AnkiText.FieldHtml("The norm:\n\n$$\n\\sqrt{x}\n$$"));
    }

    [Fact]
    public void StripHtml_DropsTagsCommentsAndScripts_KeepsImageNames_AndDecodesEntities()
    {
        Assert.Equal("a b&c d p.png ", AnkiText.StripHtml("<b>a</b>&nbsp;b&amp;c<!-- note --><script>x()</script> d<img src=\"p.png\">"));
    }

    [Fact]
    public void Guids_AreStableAcrossExports_AndUniquePerCard()
    {
        var curriculum = SmallCurriculum();
        var first = Export(curriculum, "first.apkg");
        _clock.Advance(TimeSpan.FromDays(3));
        var second = Export(curriculum, "second.apkg");
        var mathOnly = Export(curriculum, "math.apkg", "math");

        Dictionary<string, string> Guids(string package)
        {
            using var db = OpenCollection(package);
            return Rows(db, "select sfld, guid from notes").ToDictionary(r => r[0].ToString()!, r => (string)r[1]);
        }

        var (a, b, m) = (Guids(first), Guids(second), Guids(mathOnly));
        Assert.Equal(a, b);
        Assert.Equal(6, a.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(a.Values, g => Assert.DoesNotContain(g, c => c is ' ' or '\x1f'));
        Assert.Equal(2, m.Count);
        Assert.All(m, pair => Assert.Equal(a[pair.Key], pair.Value));
        Assert.Equal(AnkiText.Guid("ml.knn/c1"), a["What does kNN do at training time?"]);
        Assert.NotEqual(AnkiText.Guid("ml.knn/c1"), AnkiText.Guid("ml.knn/c2"));
    }

    [Fact]
    public void Export_OneArea_HasOnlyThatAreasDecksAndCards()
    {
        using var db = OpenCollection(Export(SmallCurriculum(), "math.apkg", "math"));

        var names = ColJson(db, "decks").EnumerateObject().Select(d => d.Value.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["Default", "MLPrep", "MLPrep::Mathematics for ML", "MLPrep::Mathematics for ML::Linear algebra"], names);
        Assert.Equal(2L, Rows(db, "select count(*) from cards")[0][0]);
    }

    [Fact]
    public void Export_UnknownArea_Throws_AndWritesNothing()
    {
        var path = Path.Combine(_root, "none.apkg");

        var error = Assert.Throws<ArgumentException>(() => new AnkiExporter(_clock).Export(SmallCurriculum(), path, "physics"));

        Assert.Contains("'physics'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Export_ReplacesAnExistingFile_AndLeavesNoTemporaryFiles()
    {
        var path = Path.Combine(_root, "deck.apkg");
        File.WriteAllText(path, "old");

        var summary = new AnkiExporter(_clock).Export(SmallCurriculum(), path);

        Assert.Equal(6, summary.Notes);
        Assert.Equal(Path.GetFullPath(path), summary.Path);
        Assert.Equal([3, 1, 2], summary.Decks.Where(d => d.Deck.Level == 2).Select(d => d.Cards));
        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.NotNull(zip.GetEntry("collection.anki2"));
        }

        Assert.Equal(["deck.apkg"], Directory.GetFiles(_root).Select(Path.GetFileName));
    }
}
