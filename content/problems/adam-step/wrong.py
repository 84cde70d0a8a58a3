# Wrong on purpose: adds eps inside the square root (sqrt(v_hat + eps)) instead of after it, so small or moderate gradients drift past the 1e-9 tolerance.
import numpy as np

BETA1, BETA2, EPS = 0.9, 0.999, 1e-8


def adam_step(params: list[float], grads: list[float], m: list[float], v: list[float], t: int, lr: float) -> list[list[float]]:
    p = np.asarray(params, dtype=float)
    g = np.asarray(grads, dtype=float)
    m = BETA1 * np.asarray(m, dtype=float) + (1 - BETA1) * g
    v = BETA2 * np.asarray(v, dtype=float) + (1 - BETA2) * g * g
    m_hat = m / (1 - BETA1 ** t)
    v_hat = v / (1 - BETA2 ** t)
    p = p - lr * m_hat / np.sqrt(v_hat + EPS)
    return [p.tolist(), m.tolist(), v.tolist()]
