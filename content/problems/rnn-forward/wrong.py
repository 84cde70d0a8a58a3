# Wrong on purpose: multiplies the previous state by the transpose of W_hh (h @ W_hh instead of W_hh @ h); it agrees only when W_hh is symmetric.
import numpy as np


def rnn_forward(x, h0, w_ih, w_hh, b_ih, b_hh):
    h = np.asarray(h0, dtype=float)
    states = []
    for x_t in x:
        h = np.tanh(np.asarray(w_ih) @ np.asarray(x_t) + h @ np.asarray(w_hh) + np.asarray(b_ih) + np.asarray(b_hh))
        states.append(h.tolist())
    return states
