import numpy as np


def lora_forward(x: list[list[float]], w0: list[list[float]], a: list[list[float]], b: list[list[float]], alpha: float) -> list[list[float]]:
    x, w0, a, b = (np.asarray(m, dtype=float) for m in (x, w0, a, b))
    scale = alpha / a.shape[0]
    return (x @ w0.T + scale * (x @ a.T) @ b.T).tolist()
