def box_iou(boxes1: list[list[float]], boxes2: list[list[float]]) -> list[list[float]]:
    # Return the N x M matrix of intersection-over-union values of boxes (x1, y1, x2, y2).
    pass
