def cross_entropy_loss(logits: list[list[float]], targets: list[int], label_smoothing: float) -> float:
    # Return the mean (label-smoothed) cross-entropy over the batch, computed stably from logits.
    pass
