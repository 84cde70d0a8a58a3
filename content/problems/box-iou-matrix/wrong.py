# Wrong on purpose: uses the old inclusive-pixel convention, width = x2 - x1 + 1 (as in early Pascal VOC code), instead of torchvision's continuous width x2 - x1.
def box_iou(boxes1, boxes2):
    out = []
    for a in boxes1:
        row = []
        for b in boxes2:
            area_a = (a[2] - a[0] + 1) * (a[3] - a[1] + 1)
            area_b = (b[2] - b[0] + 1) * (b[3] - b[1] + 1)
            w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]) + 1)
            h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]) + 1)
            inter = w * h
            union = area_a + area_b - inter
            row.append(inter / union if union > 0 else 0.0)
        out.append(row)
    return out
