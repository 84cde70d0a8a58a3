def dropout(x: list[float], u: list[float], p: float, training: bool) -> list[float]:
    # Return x with units dropped where u[i] < p and the survivors scaled by 1 / (1 - p) (x itself when not training).
    pass
