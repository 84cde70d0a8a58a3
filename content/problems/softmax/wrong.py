# Wrong on purpose: exponentiates the logits without subtracting the maximum, so large logits such as 1000 overflow to inf and the result is NaN.
import numpy as np


def softmax(logits: list[float]) -> list[float]:
    z = np.asarray(logits, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(z)
        return (e / e.sum()).tolist()
