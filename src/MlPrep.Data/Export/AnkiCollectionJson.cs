using System.Globalization;
using System.Text.Json.Nodes;

namespace MlPrep.Data.Export;

/// <summary>
/// One deck of the export: its stable id, its full name ("MLPrep::Area::Section"), a description, and its level
/// (0 the MLPrep deck, 1 an area, 2 a section).
/// </summary>
public sealed record AnkiDeck(long Id, string Name, string Description, int Level);

/// <summary>
/// The JSON documents of the <c>col</c> row at schema 11: the note type (<c>models</c>), the decks, the deck
/// options (<c>dconf</c>), the collection settings (<c>conf</c>) and the tag list. The fields are the ones Anki's
/// schema-11 readers require, with Anki's own defaults where MLPrep has nothing to say.
/// </summary>
public static class AnkiCollectionJson
{
    /// <summary>Anki's built-in Default deck and Default option group both have id 1; every collection has them.</summary>
    public const long DefaultId = 1;

    private const string CardCss = """
        .card {
          font-family: arial, sans-serif;
          font-size: 20px;
          line-height: 1.45;
          text-align: center;
          color: black;
          background-color: white;
        }
        .card pre, .card table { text-align: left; display: inline-block; }
        .card code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.9em; }
        """;

    private const string LatexPre = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

    /// <summary>A Basic note type: fields Front and Back, one card template that shows Front, then both sides.</summary>
    public static JsonObject Models(long noteTypeId, string noteTypeName, long deckId, long modifiedSeconds)
    {
        var noteType = new JsonObject
        {
            ["id"] = noteTypeId,
            ["name"] = noteTypeName,
            ["type"] = 0, // standard, not cloze
            ["mod"] = modifiedSeconds,
            ["usn"] = -1,
            ["sortf"] = 0,
            ["did"] = deckId,
            ["tmpls"] = new JsonArray(new JsonObject
            {
                ["name"] = "Card 1",
                ["ord"] = 0,
                ["qfmt"] = "{{Front}}",
                ["afmt"] = "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}",
                ["bqfmt"] = "",
                ["bafmt"] = "",
                ["did"] = null,
                ["bfont"] = "",
                ["bsize"] = 0,
            }),
            ["flds"] = new JsonArray(Field("Front", 0), Field("Back", 1)),
            ["css"] = CardCss,
            ["latexPre"] = LatexPre,
            ["latexPost"] = "\\end{document}",
            ["latexsvg"] = false,
            ["req"] = new JsonArray(new JsonArray(0, "any", new JsonArray(0))), // card 1 exists when Front is not empty
            ["tags"] = new JsonArray(),
            ["vers"] = new JsonArray(),
        };
        return new JsonObject { [noteTypeId.ToString(CultureInfo.InvariantCulture)] = noteType };
    }

    /// <summary>Anki's Default deck and the given decks, keyed by id.</summary>
    public static JsonObject Decks(IEnumerable<AnkiDeck> decks, long modifiedSeconds)
    {
        ArgumentNullException.ThrowIfNull(decks);
        var all = new JsonObject { ["1"] = Deck(new AnkiDeck(DefaultId, "Default", "", 0), modifiedSeconds, usn: 0) };
        foreach (var deck in decks)
        {
            all[deck.Id.ToString(CultureInfo.InvariantCulture)] = Deck(deck, modifiedSeconds, usn: -1);
        }

        return all;
    }

    /// <summary>The Default option group with Anki's defaults: learning steps 1 and 10 minutes, 20 new cards a day.</summary>
    public static JsonObject DeckOptions() => new()
    {
        ["1"] = new JsonObject
        {
            ["id"] = DefaultId,
            ["mod"] = 0,
            ["name"] = "Default",
            ["usn"] = 0,
            ["maxTaken"] = 60,
            ["autoplay"] = true,
            ["timer"] = 0,
            ["replayq"] = true,
            ["dyn"] = false,
            ["new"] = new JsonObject
            {
                ["bury"] = false,
                ["delays"] = new JsonArray(1.0, 10.0),
                ["initialFactor"] = 2500,
                ["ints"] = new JsonArray(1, 4, 0),
                ["order"] = 1, // in order added, which is roadmap order
                ["perDay"] = 20,
            },
            ["rev"] = new JsonObject
            {
                ["bury"] = false,
                ["ease4"] = 1.3,
                ["ivlFct"] = 1.0,
                ["maxIvl"] = 36500,
                ["perDay"] = 200,
                ["hardFactor"] = 1.2,
            },
            ["lapse"] = new JsonObject
            {
                ["delays"] = new JsonArray(10.0),
                ["leechAction"] = 1, // tag only
                ["leechFails"] = 8,
                ["minInt"] = 1,
                ["mult"] = 0.0,
            },
        },
    };

    /// <summary>The collection settings: the Default deck current, the note type current, new cards in order.</summary>
    public static JsonObject Settings(long noteTypeId, int nextPosition) => new()
    {
        ["activeDecks"] = new JsonArray(DefaultId),
        ["curDeck"] = DefaultId,
        ["newSpread"] = 0,
        ["collapseTime"] = 1200,
        ["timeLim"] = 0,
        ["estTimes"] = true,
        ["dueCounts"] = true,
        ["curModel"] = noteTypeId,
        ["nextPos"] = nextPosition,
        ["sortType"] = "noteFld",
        ["sortBackwards"] = false,
        ["addToCur"] = true,
    };

    /// <summary>The tag registry: each tag with update sequence number 0.</summary>
    public static JsonObject Tags(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var all = new JsonObject();
        foreach (var tag in tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            all[tag] = 0;
        }

        return all;
    }

    private static JsonObject Field(string name, int ord) => new()
    {
        ["name"] = name,
        ["ord"] = ord,
        ["sticky"] = false,
        ["rtl"] = false,
        ["font"] = "Arial",
        ["size"] = 20,
        ["media"] = new JsonArray(),
    };

    private static JsonObject Deck(AnkiDeck deck, long modifiedSeconds, int usn) => new()
    {
        ["id"] = deck.Id,
        ["mod"] = modifiedSeconds,
        ["name"] = deck.Name,
        ["usn"] = usn,
        ["lrnToday"] = new JsonArray(0, 0),
        ["revToday"] = new JsonArray(0, 0),
        ["newToday"] = new JsonArray(0, 0),
        ["timeToday"] = new JsonArray(0, 0),
        ["collapsed"] = false,
        ["browserCollapsed"] = false,
        ["desc"] = deck.Description,
        ["dyn"] = 0,
        ["conf"] = DefaultId,
        ["extendNew"] = 0,
        ["extendRev"] = 0,
    };
}
