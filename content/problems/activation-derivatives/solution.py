import numpy as np

_C = np.sqrt(2.0 / np.pi)
_K = 0.044715


def _sigmoid(z: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(z))                       # in (0, 1]: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def activation(x: list[float], name: str) -> list[list[float]]:
    z = np.asarray(x, dtype=float)
    s = _sigmoid(z)
    if name == "sigmoid":
        value, grad = s, s * (1.0 - s)
    elif name == "softplus":
        value, grad = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z))), s
    elif name == "silu":
        value, grad = z * s, s * (1.0 + z * (1.0 - s))
    else:  # "gelu_tanh"
        u = _C * (z + _K * z ** 3)
        t = np.tanh(u)
        value = 0.5 * z * (1.0 + t)
        grad = 0.5 * (1.0 + t) + 0.5 * z * (1.0 - t * t) * _C * (1.0 + 3.0 * _K * z * z)
    return [value.tolist(), grad.tolist()]
