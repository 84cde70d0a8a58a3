def class_prf_report(y_true: list[int], y_pred: list[int], k: int) -> list[list[float]]:
    # Return k rows [precision, recall, f1] (one per class) and a last row of macro averages.
    pass
