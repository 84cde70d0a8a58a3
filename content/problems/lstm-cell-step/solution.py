import numpy as np


def _sigmoid(a: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(a))                       # never overflows
    return np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_cell(x: list[float], h: list[float], c: list[float], w_ih: list[list[float]], w_hh: list[list[float]],
              b_ih: list[float], b_hh: list[float]) -> list[list[float]]:
    h_prev, c_prev = np.asarray(h, dtype=float), np.asarray(c, dtype=float)
    gates = (np.asarray(w_ih, dtype=float) @ np.asarray(x, dtype=float) + np.asarray(b_ih)
             + np.asarray(w_hh, dtype=float) @ h_prev + np.asarray(b_hh))
    i, f, g, o = np.split(gates, 4)
    c_new = _sigmoid(f) * c_prev + _sigmoid(i) * np.tanh(g)
    h_new = _sigmoid(o) * np.tanh(c_new)
    return [h_new.tolist(), c_new.tolist()]
