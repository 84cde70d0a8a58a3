def rotate_sprite(pixels: list[list[int]], turns: int) -> list[list[int]]:
    # Return the grid rotated by `turns` quarter turns (positive = clockwise, negative = counter-clockwise).
    pass
