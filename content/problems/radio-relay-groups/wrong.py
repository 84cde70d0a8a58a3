# Wrong on purpose: union-find that links the first station itself (not its root) under the other root, so groups built from several links fall apart.
def count_relay_groups(n: int, links: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in links:
        if find(a) != find(b):
            parent[a] = find(b)
    return sum(1 for v in range(n) if find(v) == v)
