def boosting_step(x: list[float], y: list[float], current: list[float], learning_rate: float) -> list[float]:
    # Return current + learning_rate * stump(x), the stump fitted to the residuals y - current by least squares.
    pass
