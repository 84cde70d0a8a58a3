# Wrong on purpose: keys each word by the SET of its letters, so "aab" and "abb" (same letters, different counts) land in one group.
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(set(word))), []).append(word)
    return sorted(sorted(group) for group in groups.values())
