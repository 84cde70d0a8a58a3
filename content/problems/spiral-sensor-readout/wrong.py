# Wrong on purpose: always walks all four sides of a ring, so a ring that is a single row or a single column is read twice (e.g. the middle row of a 3 x 4 grid).
def spiral_readout(grid: list[list[int]]) -> list[int]:
    top, bottom, left, right = 0, len(grid) - 1, 0, len(grid[0]) - 1
    out = []
    while top <= bottom and left <= right:
        out.extend(grid[top][c] for c in range(left, right + 1))
        out.extend(grid[r][right] for r in range(top + 1, bottom + 1))
        out.extend(grid[bottom][c] for c in range(right - 1, left - 1, -1))
        out.extend(grid[r][left] for r in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
