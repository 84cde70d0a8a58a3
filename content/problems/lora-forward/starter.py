def lora_forward(x: list[list[float]], w0: list[list[float]], a: list[list[float]], b: list[list[float]], alpha: float) -> list[list[float]]:
    # Return x W0^T + (alpha / r) (x A^T) B^T, one output row per input row.
    pass
