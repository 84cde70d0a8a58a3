def confusion_matrix(y_true: list[int], y_pred: list[int], labels: list[int]) -> list[list[int]]:
    # Return the k x k counts: row = true label, column = predicted label, in the order of labels.
    pass
