def minmax_scale(data: list[list[float]], low: float, high: float) -> list[list[float]]:
    # Return each column mapped linearly from [min, max] onto [low, high]; constant columns become low.
    pass
