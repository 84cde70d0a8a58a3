def rotate_sprite(pixels: list[list[int]], turns: int) -> list[list[int]]:
    grid = [list(row) for row in pixels]
    for _ in range(turns % 4):  # Python's % is never negative: -1 % 4 == 3 clockwise turns
        grid = [list(col) for col in zip(*grid[::-1])]  # one clockwise quarter turn
    return grid
