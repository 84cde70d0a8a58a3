def pool2d(x: list[list[float]], kernel: int, stride: int, padding: int, mode: str) -> list[list[float]]:
    # Return the pooled map ("max" or "avg"), with PyTorch's padding conventions.
    pass
