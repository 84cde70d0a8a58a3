# Wrong on purpose: reads the gate blocks in the order input, forget, output, cell (a layout used in some course notes) instead of PyTorch's input, forget, cell, output.
import numpy as np


def lstm_cell(x, h, c, w_ih, w_hh, b_ih, b_hh):
    gates = np.asarray(w_ih) @ np.asarray(x) + np.asarray(b_ih) + np.asarray(w_hh) @ np.asarray(h) + np.asarray(b_hh)
    i, f, o, g = np.split(gates, 4)
    sig = lambda a: 1.0 / (1.0 + np.exp(-a))
    c_new = sig(f) * np.asarray(c) + sig(i) * np.tanh(g)
    h_new = sig(o) * np.tanh(c_new)
    return [h_new.tolist(), c_new.tolist()]
