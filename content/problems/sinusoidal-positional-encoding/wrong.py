# Wrong on purpose: uses the column index j in the exponent, 10000^(j/d), instead of the pair index 2i = 2*(j//2), so every cosine column gets a slightly different frequency from its sine partner.
import math


def positional_encoding(n_positions, d_model):
    return [[math.sin(p / 10000 ** (j / d_model)) if j % 2 == 0 else math.cos(p / 10000 ** (j / d_model))
             for j in range(d_model)] for p in range(n_positions)]
