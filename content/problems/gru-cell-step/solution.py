import numpy as np


def _sigmoid(a: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(a))
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def gru_cell(x: list[float], h: list[float], w_ih: list[list[float]], w_hh: list[list[float]],
             b_ih: list[float], b_hh: list[float]) -> list[float]:
    h_prev = np.asarray(h, dtype=float)
    gi = np.asarray(w_ih, dtype=float) @ np.asarray(x, dtype=float) + np.asarray(b_ih, dtype=float)
    gh = np.asarray(w_hh, dtype=float) @ h_prev + np.asarray(b_hh, dtype=float)
    i_r, i_z, i_n = np.split(gi, 3)
    h_r, h_z, h_n = np.split(gh, 3)
    r = _sigmoid(i_r + h_r)
    z = _sigmoid(i_z + h_z)
    n = np.tanh(i_n + r * h_n)                  # reset applied to (W_hn h + b_hn)
    return ((1.0 - z) * n + z * h_prev).tolist()
