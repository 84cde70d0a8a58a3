# Wrong on purpose: reads p as the keep probability, keeping a unit when u < p instead of dropping it (and scaling by 1/p).
def dropout(x: list[float], u: list[float], p: float, training: bool) -> list[float]:
    if not training:
        return list(x)
    if p <= 0.0:
        return [0.0] * len(x)
    return [xi / p if ui < p else 0.0 for xi, ui in zip(x, u)]
