def longest_grown_word(lexicon: list[str]) -> str:
    END = "$"  # key holding the word that ends at this node
    root: dict = {}
    for word in lexicon:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[END] = word

    best = ""
    # Depth-first search that only enters nodes where a lexicon word ends: exactly the grown words.
    stack = [root]
    while stack:
        node = stack.pop()
        for ch, child in node.items():
            if ch != END and END in child:
                word = child[END]
                if len(word) > len(best) or (len(word) == len(best) and word < best):
                    best = word
                stack.append(child)
    return best
