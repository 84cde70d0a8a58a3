# Wrong on purpose: reduces the turn count with abs(turns) % 4, so a counter-clockwise request is rotated clockwise instead.
def rotate_sprite(pixels: list[list[int]], turns: int) -> list[list[int]]:
    grid = [list(row) for row in pixels]
    for _ in range(abs(turns) % 4):
        grid = [list(col) for col in zip(*grid[::-1])]
    return grid
