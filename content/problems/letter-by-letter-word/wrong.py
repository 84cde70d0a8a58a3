# Wrong on purpose: checks only that the word minus its last letter is in the lexicon, not every shorter prefix, so a broken chain like "ab", "abc" without "a" is accepted.
def longest_grown_word(lexicon: list[str]) -> str:
    words = set(lexicon)
    best = ""
    for w in sorted(words):
        if len(w) == 1 or w[:-1] in words:
            if len(w) > len(best):
                best = w
    return best
