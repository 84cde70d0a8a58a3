class TrieNode:
    __slots__ = ("children", "passing")

    def __init__(self) -> None:
        self.children: dict[str, "TrieNode"] = {}
        self.passing = 0  # how many names go through this node


def prefix_counts(names: list[str], typed: list[str]) -> list[int]:
    root = TrieNode()
    for name in names:
        node = root
        node.passing += 1  # the root is the empty prefix
        for ch in name:
            node = node.children.setdefault(ch, TrieNode())
            node.passing += 1

    result = []
    for text in typed:
        node = root
        for ch in text:
            node = node.children.get(ch)
            if node is None:
                break
        result.append(node.passing if node else 0)
    return result
