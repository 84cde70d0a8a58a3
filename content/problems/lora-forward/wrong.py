# Wrong on purpose: scales the adapter by alpha instead of alpha / r, which only agrees when the rank is 1.
import numpy as np


def lora_forward(x, w0, a, b, alpha):
    x, w0, a, b = (np.asarray(m, dtype=float) for m in (x, w0, a, b))
    return (x @ w0.T + alpha * (x @ a.T) @ b.T).tolist()
