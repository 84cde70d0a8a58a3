import numpy as np


def pool2d(x: list[list[float]], kernel: int, stride: int, padding: int, mode: str) -> list[list[float]]:
    a = np.asarray(x, dtype=float)
    fill = -np.inf if mode == "max" else 0.0
    a = np.pad(a, padding, constant_values=fill)
    h_out = (a.shape[0] - kernel) // stride + 1
    w_out = (a.shape[1] - kernel) // stride + 1
    out = np.empty((h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = a[i * stride:i * stride + kernel, j * stride:j * stride + kernel]
            out[i, j] = window.max() if mode == "max" else window.sum() / (kernel * kernel)
    return out.tolist()
