def average_precision(labels: list[int], scores: list[float]) -> float:
    # Return the step-wise area under the precision-recall curve (tied scores form one step).
    pass
