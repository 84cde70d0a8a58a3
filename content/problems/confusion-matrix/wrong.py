# Wrong on purpose: puts the predicted label on the rows and the true label on the columns, i.e. returns the transpose.
def confusion_matrix(y_true: list[int], y_pred: list[int], labels: list[int]) -> list[list[int]]:
    position = {label: i for i, label in enumerate(labels)}
    k = len(labels)
    matrix = [[0] * k for _ in range(k)]
    for t, p in zip(y_true, y_pred):
        if t in position and p in position:
            matrix[position[p]][position[t]] += 1
    return matrix
