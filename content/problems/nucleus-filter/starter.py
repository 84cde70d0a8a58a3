def nucleus_filter(probs: list[float], p: float) -> list[float]:
    # Return the renormalised distribution over the smallest top set with mass >= p.
    pass
