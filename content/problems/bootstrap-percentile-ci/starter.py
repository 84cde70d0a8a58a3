def bootstrap_ci(data: list[float], resamples: list[list[int]], alpha: float) -> list[float]:
    # Return [lower, upper]: the alpha/2 and 1 - alpha/2 linear-interpolated quantiles of the resample means.
    pass
