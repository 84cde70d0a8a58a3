# Wrong on purpose: counts passing names only on child nodes, never at the root, so the empty typed string gets 0 instead of the catalog size.
def prefix_counts(names: list[str], typed: list[str]) -> list[int]:
    root = {"#": 0}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {"#": 0})
            node["#"] += 1
    out = []
    for text in typed:
        node = root
        for ch in text:
            node = node.get(ch)
            if node is None:
                break
        out.append(node["#"] if node else 0)
    return out
