def softmax(logits: list[float]) -> list[float]:
    # Return the softmax probabilities of logits, without overflowing.
    pass
