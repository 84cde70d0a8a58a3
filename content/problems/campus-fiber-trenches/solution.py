def min_trench_cost(n: int, trenches: list[list[int]]) -> int:
    # Kruskal: take trenches from cheapest to dearest, skipping any that closes a cycle.
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    total, joined = 0, 0
    for a, b, cost in sorted(trenches, key=lambda t: t[2]):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
            joined += 1
            if joined == n - 1:
                break
    return total if joined == n - 1 else -1
