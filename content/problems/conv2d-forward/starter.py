def conv2d(x: list[list[list[float]]], weight: list[list[float]], bias: list[float],
           kh: int, kw: int, stride: int, padding: int) -> list[list[list[float]]]:
    # Return the C_out x H_out x W_out output of PyTorch-style conv2d (cross-correlation, zero padding).
    pass
