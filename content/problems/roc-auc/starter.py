def roc_auc(labels: list[int], scores: list[float]) -> float:
    # Return the probability that a random positive outscores a random negative (ties count 1/2).
    pass
