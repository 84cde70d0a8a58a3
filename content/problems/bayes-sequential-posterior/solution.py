import numpy as np


def posterior(prior: list[float], likelihood: list[list[float]], observations: list[int]) -> list[float]:
    belief = np.asarray(prior, dtype=float)
    like = np.asarray(likelihood, dtype=float)
    belief = belief / belief.sum()   # inputs are rounded, so make the prior sum to exactly 1
    for e in observations:
        belief = belief * like[:, e]
        belief /= belief.sum()   # the evidence for this event; renormalising prevents underflow
    return belief.tolist()
