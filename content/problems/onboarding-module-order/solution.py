import heapq


def module_order(n: int, rules: list[list[int]]) -> list[int]:
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n  # number of unfinished prerequisites (duplicates counted twice, consistently)
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1

    available = [m for m in range(n) if waiting[m] == 0]
    heapq.heapify(available)
    order = []
    while available:
        m = heapq.heappop(available)  # always take the smallest module that is free to start
        order.append(m)
        for nxt in after[m]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(available, nxt)
    return order if len(order) == n else []  # leftovers sit on a cycle
