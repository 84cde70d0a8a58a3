def shorten_message(stems: list[str], message: str) -> str:
    END = "$"  # key marking that a stem ends at this node
    root: dict = {}
    for stem in stems:
        node = root
        for ch in stem:
            node = node.setdefault(ch, {})
        node[END] = True

    def shortest_stem(word: str) -> str:
        node = root
        for i, ch in enumerate(word):
            node = node.get(ch)
            if node is None:
                return word  # no stem continues along this word
            if END in node:
                return word[: i + 1]  # the first stem met on the way down is the shortest
        return word

    return " ".join(shortest_stem(w) for w in message.split(" "))
