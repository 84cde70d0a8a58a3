def welch_t(a: list[float], b: list[float]) -> list[float]:
    # Return [t, degrees_of_freedom] of Welch's two-sample t-test for mean(a) - mean(b).
    pass
