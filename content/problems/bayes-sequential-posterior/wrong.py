# Wrong on purpose: multiplies all likelihoods first and normalises once at the end, so long sequences underflow to 0 / 0.
import numpy as np


def posterior(prior, likelihood, observations):
    like = np.asarray(likelihood, dtype=float)
    joint = np.asarray(prior, dtype=float).copy()
    for e in observations:
        joint = joint * like[:, e]
    with np.errstate(invalid="ignore"):
        return (joint / joint.sum()).tolist()
