from collections import deque


def count_relay_groups(n: int, links: list[list[int]]) -> int:
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in links:
        neighbours[a].append(b)
        neighbours[b].append(a)

    seen = [False] * n
    groups = 0
    for start in range(n):
        if seen[start]:
            continue
        groups += 1  # a new group: flood it with an iterative BFS
        seen[start] = True
        queue = deque([start])
        while queue:
            v = queue.popleft()
            for w in neighbours[v]:
                if not seen[w]:
                    seen[w] = True
                    queue.append(w)
    return groups
