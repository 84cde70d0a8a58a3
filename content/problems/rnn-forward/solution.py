import numpy as np


def rnn_forward(x: list[list[float]], h0: list[float], w_ih: list[list[float]], w_hh: list[list[float]],
                b_ih: list[float], b_hh: list[float]) -> list[list[float]]:
    w_ih_a, w_hh_a = np.asarray(w_ih, dtype=float), np.asarray(w_hh, dtype=float)
    bias = np.asarray(b_ih, dtype=float) + np.asarray(b_hh, dtype=float)
    h = np.asarray(h0, dtype=float)
    states = []
    for x_t in x:
        h = np.tanh(w_ih_a @ np.asarray(x_t, dtype=float) + w_hh_a @ h + bias)
        states.append(h.tolist())
    return states
