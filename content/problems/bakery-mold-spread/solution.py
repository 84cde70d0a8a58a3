def minutes_until_moldy(rack: list[list[int]]) -> int:
    rows, cols = len(rack), len(rack[0])
    state = [row[:] for row in rack]
    fresh = sum(row.count(1) for row in state)
    frontier = [(r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2]
    minutes = 0
    # Multi-source BFS: every moldy loaf starts in the first layer; each layer is one minute.
    while frontier and fresh:
        minutes += 1
        next_layer = []
        for r, c in frontier:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and state[nr][nc] == 1:
                    state[nr][nc] = 2
                    fresh -= 1
                    next_layer.append((nr, nc))
        frontier = next_layer
    return minutes if fresh == 0 else -1
