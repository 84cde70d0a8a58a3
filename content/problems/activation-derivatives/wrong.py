# Wrong on purpose: evaluates softplus as log(1 + exp(x)) directly, which overflows to inf for large x (and loses tiny values to log(1) = 0 rounding).
import numpy as np


def activation(x, name):
    z = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):
        s = 1.0 / (1.0 + np.exp(-z))
        if name == "sigmoid":
            return [s.tolist(), (s * (1 - s)).tolist()]
        if name == "softplus":
            return [np.log(1.0 + np.exp(z)).tolist(), s.tolist()]
        if name == "silu":
            return [(z * s).tolist(), (s * (1 + z * (1 - s))).tolist()]
        c = np.sqrt(2 / np.pi)
        t = np.tanh(c * (z + 0.044715 * z ** 3))
        return [(0.5 * z * (1 + t)).tolist(),
                (0.5 * (1 + t) + 0.5 * z * (1 - t * t) * c * (1 + 3 * 0.044715 * z * z)).tolist()]
