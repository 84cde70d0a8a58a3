def confusion_matrix(y_true: list[int], y_pred: list[int], labels: list[int]) -> list[list[int]]:
    position = {label: i for i, label in enumerate(labels)}
    k = len(labels)
    matrix = [[0] * k for _ in range(k)]
    for t, p in zip(y_true, y_pred):
        i = position.get(t)
        j = position.get(p)
        if i is not None and j is not None:  # pairs with an unlisted code are skipped
            matrix[i][j] += 1
    return matrix
