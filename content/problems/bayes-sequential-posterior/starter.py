def posterior(prior: list[float], likelihood: list[list[float]], observations: list[int]) -> list[float]:
    # Return P(h | all observations) for every hypothesis h.
    pass
