def scaled_dot_product_attention(q: list[list[float]], k: list[list[float]], v: list[list[float]]) -> list[list[float]]:
    # Return softmax(q k^T / sqrt(d_k)) v, with a softmax that cannot overflow.
    pass
