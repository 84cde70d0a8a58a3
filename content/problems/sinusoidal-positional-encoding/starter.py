def positional_encoding(n_positions: int, d_model: int) -> list[list[float]]:
    # Return the n_positions x d_model sinusoidal encoding table (sin in even columns, cos in odd ones).
    pass
