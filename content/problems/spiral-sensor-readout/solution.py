def spiral_readout(grid: list[list[int]]) -> list[int]:
    top, bottom, left, right = 0, len(grid) - 1, 0, len(grid[0]) - 1
    out = []
    while top <= bottom and left <= right:
        out.extend(grid[top][c] for c in range(left, right + 1))          # right along the top
        out.extend(grid[r][right] for r in range(top + 1, bottom + 1))    # down the right side
        if top < bottom and left < right:  # a ring with a distinct bottom row and left column
            out.extend(grid[bottom][c] for c in range(right - 1, left - 1, -1))  # left along the bottom
            out.extend(grid[r][left] for r in range(bottom - 1, top, -1))        # up the left side
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
