def top_k_probs(logits: list[float], k: int, temperature: float) -> list[float]:
    # Return the temperature-scaled probabilities restricted to the top-k logits (ties at the k-th kept).
    pass
