def spiral_readout(grid: list[list[int]]) -> list[int]:
    # Return the values in clockwise spiral order, starting at the top-left and moving inwards.
    pass
