# Wrong on purpose: flips the kernel (textbook convolution) instead of computing PyTorch's cross-correlation; it agrees only on symmetric kernels.
import numpy as np


def conv2d(x, weight, bias, kh, kw, stride, padding):
    a = np.asarray(x, dtype=float)
    c_in, h, w = a.shape
    c_out = len(weight)
    k = np.asarray(weight, dtype=float).reshape(c_out, c_in, kh, kw)[:, :, ::-1, ::-1]
    a = np.pad(a, ((0, 0), (padding, padding), (padding, padding)))
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    out = np.empty((c_out, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            patch = a[:, i * stride:i * stride + kh, j * stride:j * stride + kw]
            out[:, i, j] = np.tensordot(k, patch, axes=3)
    return (out + np.asarray(bias, dtype=float)[:, None, None]).tolist()
