# Wrong on purpose: keys lines by the floating-point slope dy / dx, which cannot tell apart slopes that differ by less than about 1e-16, so distinct lines through far-apart beacons get merged.
def max_aligned(beacons: list[list[int]]) -> int:
    n = len(beacons)
    best = min(n, 2)
    for i in range(n):
        xi, yi = beacons[i]
        same = 0
        slopes = {}
        for j in range(i + 1, n):
            dx, dy = beacons[j][0] - xi, beacons[j][1] - yi
            if dx == 0 and dy == 0:
                same += 1
                continue
            key = float("inf") if dx == 0 else dy / dx + 0.0
            slopes[key] = slopes.get(key, 0) + 1
        best = max(best, 1 + same + max(slopes.values(), default=0))
    return best
