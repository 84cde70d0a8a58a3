def multi_head_attention(x: list[list[float]], wq: list[list[float]], wk: list[list[float]], wv: list[list[float]],
                         wo: list[list[float]], num_heads: int, causal: bool) -> list[list[float]]:
    # Return the n x d output of multi-head self-attention (heads = contiguous column blocks).
    pass
