namespace MlPrep.Data.Export;

/// <summary>
/// The tables of an Anki collection at schema version 11, the version every Anki since 2.1 imports: the one-row
/// <c>col</c> table holds the note types, decks and options as JSON; notes, cards, the review log and deletion
/// records have their own tables. Column names, order and types follow Anki's own <c>schema11.sql</c>.
/// </summary>
public static class AnkiSchema
{
    public const int Version = 11;

    /// <summary>Each table's columns in order, with their declared SQLite types.</summary>
    public static IReadOnlyList<AnkiTable> Tables { get; } =
    [
        new("col",
        [
            ("id", "integer"), ("crt", "integer"), ("mod", "integer"), ("scm", "integer"), ("ver", "integer"), ("dty", "integer"),
            ("usn", "integer"), ("ls", "integer"), ("conf", "text"), ("models", "text"), ("decks", "text"), ("dconf", "text"), ("tags", "text"),
        ]),
        new("notes",
        [
            ("id", "integer"), ("guid", "text"), ("mid", "integer"), ("mod", "integer"), ("usn", "integer"), ("tags", "text"),
            ("flds", "text"), ("sfld", "integer"), ("csum", "integer"), ("flags", "integer"), ("data", "text"),
        ]),
        new("cards",
        [
            ("id", "integer"), ("nid", "integer"), ("did", "integer"), ("ord", "integer"), ("mod", "integer"), ("usn", "integer"),
            ("type", "integer"), ("queue", "integer"), ("due", "integer"), ("ivl", "integer"), ("factor", "integer"), ("reps", "integer"),
            ("lapses", "integer"), ("left", "integer"), ("odue", "integer"), ("odid", "integer"), ("flags", "integer"), ("data", "text"),
        ]),
        new("revlog",
        [
            ("id", "integer"), ("cid", "integer"), ("usn", "integer"), ("ease", "integer"), ("ivl", "integer"), ("lastIvl", "integer"),
            ("factor", "integer"), ("time", "integer"), ("type", "integer"),
        ]),
        new("graves", [("usn", "integer"), ("oid", "integer"), ("type", "integer")]),
    ];

    /// <summary>
    /// The indexes Anki creates with the tables: by update sequence number for syncing, cards by note and by
    /// scheduling order, the review log by card, and notes by checksum for the duplicate check.
    /// </summary>
    private static readonly string[] Indexes =
    [
        "create index ix_notes_usn on notes (usn)",
        "create index ix_cards_usn on cards (usn)",
        "create index ix_revlog_usn on revlog (usn)",
        "create index ix_cards_nid on cards (nid)",
        "create index ix_cards_sched on cards (did, queue, due)",
        "create index ix_revlog_cid on revlog (cid)",
        "create index ix_notes_csum on notes (csum)",
    ];

    /// <summary>The statements that create the empty tables and their indexes. Every column but the key is not null.</summary>
    public static IEnumerable<string> CreateStatements()
    {
        foreach (var (table, columns) in Tables)
        {
            var hasKey = columns[0].Name == "id";
            var definitions = columns.Select((c, i) => i == 0 && hasKey ? $"{c.Name} {c.Type} primary key" : $"{c.Name} {c.Type} not null");
            yield return $"create table {table} ({string.Join(", ", definitions)})";
        }

        foreach (var index in Indexes)
        {
            yield return index;
        }
    }
}

/// <summary>One table of the collection: its name and its columns in order.</summary>
public sealed record AnkiTable(string Name, IReadOnlyList<(string Name, string Type)> Columns);
