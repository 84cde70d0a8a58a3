# Wrong on purpose: runs Kruskal but never checks that n - 1 trenches were taken, so a disconnected campus returns a partial cost instead of -1.
def min_trench_cost(n: int, trenches: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for a, b, cost in sorted(trenches, key=lambda t: t[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
    return total
