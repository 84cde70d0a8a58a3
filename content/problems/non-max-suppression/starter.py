def nms(boxes: list[list[float]], scores: list[float], iou_threshold: float) -> list[int]:
    # Return the indices of the kept boxes, highest score first (ties: smaller index first).
    pass
