import numpy as np


def softmax(logits: list[float]) -> list[float]:
    z = np.asarray(logits, dtype=float)
    e = np.exp(z - z.max())
    return (e / e.sum()).tolist()
