# Wrong on purpose: suppresses a box when its IoU is greater than or equal to the threshold; torchvision only discards boxes with IoU strictly above it.
def nms(boxes, scores, iou_threshold):
    def iou(a, b):
        w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
        h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
        inter = w * h
        union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
        return inter / union if union > 0 else 0.0

    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    keep = []
    for i in order:
        if all(iou(boxes[i], boxes[k]) < iou_threshold for k in keep):
            keep.append(i)
    return keep
