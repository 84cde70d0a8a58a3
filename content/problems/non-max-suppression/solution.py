import numpy as np


def nms(boxes: list[list[float]], scores: list[float], iou_threshold: float) -> list[int]:
    b = np.asarray(boxes, dtype=float).reshape(-1, 4)
    s = np.asarray(scores, dtype=float)
    order = np.lexsort((np.arange(len(s)), -s))     # score descending, then index ascending
    areas = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    alive = np.ones(len(s), dtype=bool)
    keep = []
    for i in order:
        if not alive[i]:
            continue
        keep.append(int(i))
        w = np.clip(np.minimum(b[i, 2], b[:, 2]) - np.maximum(b[i, 0], b[:, 0]), 0.0, None)
        h = np.clip(np.minimum(b[i, 3], b[:, 3]) - np.maximum(b[i, 1], b[:, 1]), 0.0, None)
        inter = w * h
        union = areas[i] + areas - inter
        iou = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
        alive &= ~(iou > iou_threshold)              # strictly greater suppresses
        alive[i] = False
    return keep
