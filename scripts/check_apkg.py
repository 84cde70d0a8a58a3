#!/usr/bin/env python3
"""Checks an Anki package (.apkg) the way Anki reads one, with nothing but Python's standard library.

    python3 scripts/check_apkg.py deck.apkg [--expect-notes N] [--expect-deck "NAME=CARDS" ...] [--json]

It opens the zip, reads the media map, opens collection.anki2 with sqlite3 and checks:
- the schema-11 tables with their exact columns and declared types;
- the one `col` row: version 11, and the JSON of the note types, decks, deck options, settings and tags with
  the keys that Anki's schema-11 readers require;
- every note: a known note type, as many fields as it has, a unique guid, the sort field and the checksum
  (first 8 hex digits of SHA-1 of the stripped first field) as Anki computes them;
- every card: an existing note, an existing normal deck, a template of its note type; every deck's parent exists.
Exit code 0 when the package is sound (and matches the expectations given), 1 with a list of problems otherwise.
"""

import argparse
import hashlib
import html
import json
import re
import sqlite3
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

SCHEMA_11 = {
    "col": "id integer, crt integer, mod integer, scm integer, ver integer, dty integer, usn integer, ls integer, "
    "conf text, models text, decks text, dconf text, tags text",
    "notes": "id integer, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld integer, "
    "csum integer, flags integer, data text",
    "cards": "id integer, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, "
    "due integer, ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, "
    "flags integer, data text",
    "revlog": "id integer, cid integer, usn integer, ease integer, ivl integer, lastIvl integer, factor integer, "
    "time integer, type integer",
    "graves": "usn integer, oid integer, type integer",
}

# Keys without a default in Anki's schema-11 readers (rslib: notetype/schema11.rs, decks/schema11.rs,
# deckconfig/schema11.rs): a package missing one of them fails to import.
NOTETYPE_KEYS = {"id", "name", "type", "mod", "usn", "sortf", "did", "tmpls", "flds", "css"}
FIELD_KEYS = {"name", "ord", "sticky", "rtl", "font", "size"}
TEMPLATE_KEYS = {"name", "ord", "qfmt"}
DECK_KEYS = {"id", "name", "usn", "lrnToday", "revToday", "newToday", "timeToday", "collapsed", "dyn", "conf"}
DECK_OPTION_KEYS = {"id", "mod", "name", "usn", "maxTaken", "autoplay", "timer", "new", "rev", "lapse"}
NEW_KEYS = {"delays", "initialFactor", "ints", "order", "perDay"}
REV_KEYS = {"ease4", "ivlFct", "maxIvl", "perDay"}
LAPSE_KEYS = {"delays", "leechAction", "leechFails", "minInt", "mult"}


def strip_html(text):
    """The text Anki keeps of a field for the sort field and the checksum."""
    text = re.sub(r"(?s)<!--.*?-->", "", text)
    text = re.sub(r"(?si)<style.*?>.*?</style>", "", text)
    text = re.sub(r"(?si)<script.*?>.*?</script>", "", text)
    text = re.sub(r"(?i)<img[^>]+src=[\"']?([^\"'>]+)[\"']?[^>]*>", r" \1 ", text)
    text = re.sub(r"(?s)<.*?>", "", text)
    return html.unescape(re.sub(r"(?i)&nbsp;", " ", text))


def checksum(first_field):
    return int(hashlib.sha1(strip_html(first_field).encode("utf-8")).hexdigest()[:8], 16)


def missing(obj, keys):
    return sorted(keys - set(obj))


def check(package, problems):
    """Returns what the package holds, adding every problem found to `problems`."""
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        for needed in ("collection.anki2", "media"):
            if needed not in names:
                problems.append(f"the zip has no '{needed}' entry (it has {sorted(names)})")
        if problems:
            return None
        media = json.loads(archive.read("media"))
        if not isinstance(media, dict):
            problems.append("'media' is not a JSON object")
        else:
            problems.extend(f"media file {key} ({name}) is not in the zip" for key, name in media.items() if key not in names)
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "collection.anki2"
            database.write_bytes(archive.read("collection.anki2"))
            connection = sqlite3.connect(database)
            try:
                return check_collection(connection, problems)
            finally:
                connection.close()


def check_collection(db, problems):
    tables = {row[0] for row in db.execute("select name from sqlite_master where type = 'table'")}
    for table, columns in SCHEMA_11.items():
        if table not in tables:
            problems.append(f"table '{table}' is missing")
            continue
        actual = ", ".join(f"{row[1]} {row[2].lower()}" for row in db.execute(f"pragma table_info({table})"))
        if actual != columns:
            problems.append(f"table '{table}' has columns ({actual}), Anki expects ({columns})")
    if problems:
        return None

    rows = db.execute("select ver, conf, models, decks, dconf, tags from col").fetchall()
    if len(rows) != 1:
        problems.append(f"'col' has {len(rows)} rows, not 1")
        return None
    version, conf, models, decks, dconf, tags = rows[0]
    if version != 11:
        problems.append(f"col.ver is {version}, not 11")
    try:
        conf, models, decks, dconf, tags = (json.loads(value) for value in (conf, models, decks, dconf, tags))
    except json.JSONDecodeError as error:
        problems.append(f"a JSON column of 'col' does not parse: {error}")
        return None

    for key, model in models.items():
        problems.extend(f"note type {key} lacks '{k}'" for k in missing(model, NOTETYPE_KEYS))
        if str(model.get("id")) != key:
            problems.append(f"note type {key} has id {model.get('id')}")
        for field in model.get("flds", []):
            problems.extend(f"note type {key}, field {field.get('name')} lacks '{k}'" for k in missing(field, FIELD_KEYS))
        for template in model.get("tmpls", []):
            problems.extend(f"note type {key}, template {template.get('name')} lacks '{k}'" for k in missing(template, TEMPLATE_KEYS))
    for key, options in dconf.items():
        problems.extend(f"deck options {key} lack '{k}'" for k in missing(options, DECK_OPTION_KEYS))
        for part, keys in (("new", NEW_KEYS), ("rev", REV_KEYS), ("lapse", LAPSE_KEYS)):
            problems.extend(f"deck options {key}.{part} lack '{k}'" for k in missing(options.get(part, {}), keys))
    if "1" not in decks:
        problems.append("there is no Default deck (id 1)")
    deck_names = {}
    for key, deck in decks.items():
        problems.extend(f"deck {key} lacks '{k}'" for k in missing(deck, DECK_KEYS))
        if str(deck.get("id")) != key:
            problems.append(f"deck {key} has id {deck.get('id')}")
        if str(deck.get("conf")) not in dconf and deck.get("dyn") == 0:
            problems.append(f"deck {deck.get('name')} uses options {deck.get('conf')}, which do not exist")
        deck_names[int(key)] = deck.get("name", "")
    for name, count in Counter(deck_names.values()).items():
        if count > 1:
            problems.append(f"{count} decks are named '{name}'")
    for name in deck_names.values():
        parent = name.rpartition("::")[0]
        if parent and parent not in deck_names.values():
            problems.append(f"deck '{name}' has no parent deck '{parent}'")

    notes = {}
    guids = Counter()
    for note_id, guid, mid, note_tags, fields, sort_field, csum in db.execute("select id, guid, mid, tags, flds, sfld, csum from notes"):
        notes[note_id] = mid
        guids[guid] += 1
        model = models.get(str(mid))
        if model is None:
            problems.append(f"note {note_id} uses note type {mid}, which does not exist")
            continue
        values = fields.split("\x1f")
        if len(values) != len(model["flds"]):
            problems.append(f"note {note_id} has {len(values)} fields, its note type {len(model['flds'])}")
            continue
        if not guid or re.search(r"\s|\x1f", guid):
            problems.append(f"note {note_id} has guid {guid!r}")
        if str(sort_field) != strip_html(values[model["sortf"]]):
            problems.append(f"note {note_id}: sfld {sort_field!r} is not the stripped sort field")
        if csum != checksum(values[0]):
            problems.append(f"note {note_id}: csum {csum} is not {checksum(values[0])}")
        if note_tags and not (note_tags.startswith(" ") and note_tags.endswith(" ")):
            problems.append(f"note {note_id}: tags {note_tags!r} are not space-delimited")
        problems.extend(f"note {note_id}: tag '{tag}' is not in col.tags" for tag in note_tags.split() if tag not in tags)
    problems.extend(f"guid {guid!r} is used by {count} notes" for guid, count in guids.items() if count > 1)

    per_deck = Counter()
    with_cards = set()
    for card_id, note_id, deck_id, ordinal in db.execute("select id, nid, did, ord from cards"):
        if note_id not in notes:
            problems.append(f"card {card_id} belongs to note {note_id}, which does not exist")
            continue
        with_cards.add(note_id)
        if deck_id not in deck_names:
            problems.append(f"card {card_id} is in deck {deck_id}, which does not exist")
        elif decks[str(deck_id)].get("dyn") != 0:
            problems.append(f"card {card_id} is in a filtered deck")
        model = models.get(str(notes[note_id]))
        if model and not 0 <= ordinal < len(model["tmpls"]):
            problems.append(f"card {card_id} uses template {ordinal}, its note type has {len(model['tmpls'])}")
        per_deck[deck_names.get(deck_id, str(deck_id))] += 1
    problems.extend(f"note {note_id} has no card" for note_id in notes if note_id not in with_cards)
    return {"notes": len(notes), "cards": sum(per_deck.values()), "decks": dict(sorted(per_deck.items())), "deckNames": sorted(deck_names.values())}


def main():
    parser = argparse.ArgumentParser(description="Check an Anki package (.apkg) as Anki reads one.")
    parser.add_argument("package")
    parser.add_argument("--expect-notes", type=int, help="the number of notes the package must hold")
    parser.add_argument("--expect-deck", action="append", default=[], metavar="NAME=CARDS", help="a deck and how many cards it must hold")
    parser.add_argument("--json", action="store_true", help="print what the package holds as JSON")
    args = parser.parse_args()

    problems = []
    try:
        summary = check(args.package, problems)
    except (OSError, zipfile.BadZipFile, sqlite3.DatabaseError, json.JSONDecodeError) as error:
        problems.append(f"cannot read {args.package}: {error}")
        summary = None
    if summary is not None:
        if args.expect_notes is not None and summary["notes"] != args.expect_notes:
            problems.append(f"the package has {summary['notes']} notes, expected {args.expect_notes}")
        for expectation in args.expect_deck:
            name, _, count = expectation.rpartition("=")
            if summary["decks"].get(name, 0) != int(count):
                problems.append(f"deck '{name}' has {summary['decks'].get(name, 0)} cards, expected {count}")

    if problems:
        print(f"{args.package}: {len(problems)} problem(s)", file=sys.stderr)
        for problem in problems[:50]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{args.package}: ok, {summary['notes']} notes, {summary['cards']} cards in {len(summary['decks'])} decks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
