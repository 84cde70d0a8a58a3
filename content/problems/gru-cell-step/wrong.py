# Wrong on purpose: applies the reset gate to the previous state before the product, tanh(W_in x + b_in + W_hn (r*h) + b_hn), the later Cho et al. variant, not PyTorch's r*(W_hn h + b_hn).
import numpy as np


def gru_cell(x, h, w_ih, w_hh, b_ih, b_hh):
    h_prev = np.asarray(h, dtype=float)
    n_h = len(h)
    sig = lambda a: 1.0 / (1.0 + np.exp(-a))
    gi = np.asarray(w_ih) @ np.asarray(x) + np.asarray(b_ih)
    whh = np.asarray(w_hh, dtype=float)
    bhh = np.asarray(b_hh, dtype=float)
    gh = whh @ h_prev + bhh
    r = sig(gi[:n_h] + gh[:n_h])
    z = sig(gi[n_h:2 * n_h] + gh[n_h:2 * n_h])
    n = np.tanh(gi[2 * n_h:] + whh[2 * n_h:] @ (r * h_prev) + bhh[2 * n_h:])
    return ((1 - z) * n + z * h_prev).tolist()
