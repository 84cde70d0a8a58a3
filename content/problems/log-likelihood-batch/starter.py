def log_probs(kinds: list[str], params: list[list[float]], xs: list[float]) -> list[float]:
    # Return the natural-log pmf (binomial, poisson) or pdf (normal) of each query.
    pass
