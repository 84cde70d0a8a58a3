def activation(x: list[float], name: str) -> list[list[float]]:
    # Return [f(x), f'(x)] elementwise for name in "sigmoid", "softplus", "silu", "gelu_tanh".
    pass
