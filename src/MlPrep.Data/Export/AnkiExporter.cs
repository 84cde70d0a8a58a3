using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using MlPrep.Core.Curriculum;

namespace MlPrep.Data.Export;

/// <summary>What an export wrote: the package, how many notes, and each deck with its number of cards.</summary>
public sealed record AnkiExportSummary(string Path, int Notes, IReadOnlyList<(AnkiDeck Deck, int Cards)> Decks);

/// <summary>
/// Writes the flashcards as an Anki package (<c>.apkg</c>): a zip holding <c>collection.anki2</c>, a schema-11 SQLite
/// collection, and <c>media</c>, the JSON map of media files (empty: cards have none). Decks follow the roadmap,
/// "MLPrep::&lt;area&gt;::&lt;section&gt;", with the cards in roadmap order. Each card becomes a note of a Basic note type
/// (Front, Back) whose guid depends only on the card id, so importing a newer export updates notes in place.
/// Math is written with MathJax's <c>\(...\)</c> and <c>\[...\]</c>, which Anki typesets.
/// </summary>
public sealed class AnkiExporter(TimeProvider clock)
{
    public const string RootDeck = "MLPrep";
    public const string NoteTypeName = "MLPrep Basic";
    public const string CollectionEntry = "collection.anki2";
    public const string MediaEntry = "media";

    /// <summary>The note type's id, fixed so that later exports reuse the note type Anki already has.</summary>
    public static long NoteTypeId { get; } = AnkiText.StableId("notetype", NoteTypeName);

    private sealed record ExportNote(Card Card, Topic Topic, AnkiDeck Deck);

    /// <summary>
    /// Exports every card of the curriculum, or of one area when <paramref name="areaId"/> is given, to
    /// <paramref name="outputPath"/> (replaced if it exists; written to a temporary file first).
    /// </summary>
    /// <exception cref="ArgumentException">The area is not in the roadmap.</exception>
    public AnkiExportSummary Export(Curriculum curriculum, string outputPath, string? areaId = null)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var areas = curriculum.Areas;
        if (areaId is not null)
        {
            var area = curriculum.FindArea(areaId) ?? throw new ArgumentException($"there is no area '{areaId}' in the roadmap", nameof(areaId));
            areas = [area];
        }

        var (decks, notes) = Plan(areas);
        var fullPath = Path.GetFullPath(outputPath);
        var collection = Path.Combine(Path.GetTempPath(), $"mlprep-anki-{Guid.NewGuid():N}.anki2");
        var partial = fullPath + ".partial";
        try
        {
            WriteCollection(collection, decks, notes);
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(collection, CollectionEntry, CompressionLevel.Optimal);
                var media = zip.CreateEntry(MediaEntry, CompressionLevel.Optimal);
                using var writer = new StreamWriter(media.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                writer.Write("{}");
            }

            File.Move(partial, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(collection);
            File.Delete(partial);
        }

        var counts = notes.GroupBy(n => n.Deck.Id).ToDictionary(g => g.Key, g => g.Count());
        return new AnkiExportSummary(fullPath, notes.Count, [.. decks.Select(d => (d, counts.GetValueOrDefault(d.Id)))]);
    }

    /// <summary>The decks (the root, then each area followed by its sections) and the notes, for the parts that have cards.</summary>
    private static (List<AnkiDeck> Decks, List<ExportNote> Notes) Plan(IEnumerable<Area> areas)
    {
        var decks = new List<AnkiDeck>();
        var notes = new List<ExportNote>();
        var root = new AnkiDeck(AnkiText.StableId("deck", RootDeck), RootDeck, "Flashcards from MLPrep, the AI/ML interview roadmap, one subdeck per area and section.", 0);
        foreach (var area in areas)
        {
            var areaName = $"{RootDeck}::{AnkiText.DeckLevel(area.Title)}";
            var areaDeck = new AnkiDeck(AnkiText.StableId("deck", area.Id), areaName, $"MLPrep: {area.Title}", 1);
            var areaHasCards = false;
            foreach (var section in area.Sections)
            {
                var sectionDeck = new AnkiDeck(
                    AnkiText.StableId("deck", $"{area.Id}/{section.Id}"),
                    $"{areaName}::{AnkiText.DeckLevel(section.Title)}",
                    $"MLPrep: {area.Title}, {section.Title}",
                    2);
                var before = notes.Count;
                foreach (var topic in section.Topics)
                {
                    notes.AddRange((topic.Content?.Cards ?? []).Select(card => new ExportNote(card, topic, sectionDeck)));
                }

                if (notes.Count == before)
                {
                    continue;
                }

                if (!areaHasCards)
                {
                    if (decks.Count == 0)
                    {
                        decks.Add(root);
                    }

                    decks.Add(areaDeck);
                    areaHasCards = true;
                }

                decks.Add(sectionDeck);
            }
        }

        return (decks, notes);
    }

    private void WriteCollection(string path, List<AnkiDeck> decks, List<ExportNote> notes)
    {
        var now = clock.GetUtcNow();
        var nowSeconds = now.ToUnixTimeSeconds();
        var nowMilliseconds = now.ToUnixTimeMilliseconds();
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var statement in AnkiSchema.CreateStatements())
        {
            Execute(connection, transaction, statement);
        }

        var tags = notes.Select(n => n.Topic.Id).ToList();
        using (var col = Command(connection, transaction, "insert into col values (1, $crt, $mod, $scm, $ver, 0, 0, 0, $conf, $models, $decks, $dconf, $tags)"))
        {
            col.Parameters.AddWithValue("$crt", new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).ToUnixTimeSeconds());
            col.Parameters.AddWithValue("$mod", nowMilliseconds);
            col.Parameters.AddWithValue("$scm", nowMilliseconds);
            col.Parameters.AddWithValue("$ver", AnkiSchema.Version);
            col.Parameters.AddWithValue("$conf", AnkiCollectionJson.Settings(NoteTypeId, notes.Count + 1).ToJsonString());
            col.Parameters.AddWithValue("$models", AnkiCollectionJson.Models(NoteTypeId, NoteTypeName, decks.Count > 0 ? decks[0].Id : AnkiCollectionJson.DefaultId, nowSeconds).ToJsonString());
            col.Parameters.AddWithValue("$decks", AnkiCollectionJson.Decks(decks, nowSeconds).ToJsonString());
            col.Parameters.AddWithValue("$dconf", AnkiCollectionJson.DeckOptions().ToJsonString());
            col.Parameters.AddWithValue("$tags", AnkiCollectionJson.Tags(tags).ToJsonString());
            col.ExecuteNonQuery();
        }

        using var note = Command(connection, transaction, "insert into notes values ($id, $guid, $mid, $mod, -1, $tags, $flds, $sfld, $csum, 0, '')");
        using var card = Command(connection, transaction, "insert into cards values ($id, $nid, $did, 0, $mod, -1, 0, 0, $due, 0, 0, 0, 0, 0, 0, 0, 0, '')");
        // Ids are creation times in milliseconds in Anki; these end at the export time, in roadmap order. Notes are
        // matched on import by guid, so the ids need not stay the same between exports.
        var firstId = nowMilliseconds - notes.Count;
        for (var i = 0; i < notes.Count; i++)
        {
            var (front, back) = (AnkiText.FieldHtml(notes[i].Card.Question), AnkiText.FieldHtml(notes[i].Card.Answer));
            note.Parameters.Clear();
            note.Parameters.AddWithValue("$id", firstId + i);
            note.Parameters.AddWithValue("$guid", AnkiText.Guid(notes[i].Card.Id));
            note.Parameters.AddWithValue("$mid", NoteTypeId);
            note.Parameters.AddWithValue("$mod", nowSeconds);
            note.Parameters.AddWithValue("$tags", $" {notes[i].Topic.Id} ");
            note.Parameters.AddWithValue("$flds", front + AnkiText.FieldSeparator + back);
            note.Parameters.AddWithValue("$sfld", AnkiText.StripHtml(front));
            note.Parameters.AddWithValue("$csum", AnkiText.Checksum(front));
            note.ExecuteNonQuery();

            card.Parameters.Clear();
            card.Parameters.AddWithValue("$id", firstId + i);
            card.Parameters.AddWithValue("$nid", firstId + i);
            card.Parameters.AddWithValue("$did", notes[i].Deck.Id);
            card.Parameters.AddWithValue("$mod", nowSeconds);
            card.Parameters.AddWithValue("$due", i + 1); // a new card's due is its position in the new-card queue
            card.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }
}
