# Wrong on purpose: Kahn's algorithm with a plain FIFO queue returns a valid order, but not the lexicographically smallest one.
from collections import deque


def module_order(n: int, rules: list[list[int]]) -> list[int]:
    after = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    queue = deque(m for m in range(n) if waiting[m] == 0)
    order = []
    while queue:
        m = queue.popleft()
        order.append(m)
        for nxt in after[m]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == n else []
