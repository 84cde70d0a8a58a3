import numpy as np


def positional_encoding(n_positions: int, d_model: int) -> list[list[float]]:
    pos = np.arange(n_positions, dtype=float)[:, None]
    pair = np.arange(d_model) // 2                       # i for columns 2i and 2i + 1
    angle = pos / np.power(10000.0, 2 * pair / d_model)
    table = np.where(np.arange(d_model) % 2 == 0, np.sin(angle), np.cos(angle))
    return table.tolist()
