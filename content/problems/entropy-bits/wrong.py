# Wrong on purpose: applies -p*log2(p) to every bin, including empty ones, so a zero count gives 0 * (-inf) = NaN instead of contributing 0.
import numpy as np


def entropy_bits(counts):
    p = np.asarray(counts, dtype=float)
    p = p / p.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-(p * np.log2(p)).sum())
