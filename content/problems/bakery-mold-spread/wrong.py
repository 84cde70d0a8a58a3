# Wrong on purpose: counts BFS layers and subtracts one for the last, idle layer; with no moldy loaf at all (and nothing fresh) there is no layer, so it returns -1 instead of 0.
from collections import deque


def minutes_until_moldy(rack: list[list[int]]) -> int:
    rows, cols = len(rack), len(rack[0])
    state = [row[:] for row in rack]
    queue = deque((r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2)
    layers = 0
    while queue:
        layers += 1
        for _ in range(len(queue)):
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    queue.append((nr, nc))
    if any(1 in row for row in state):
        return -1
    return layers - 1
