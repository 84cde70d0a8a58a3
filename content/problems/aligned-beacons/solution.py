from math import gcd


def max_aligned(beacons: list[list[int]]) -> int:
    n = len(beacons)
    best = min(n, 2)
    for i in range(n):
        xi, yi = beacons[i]
        same = 0        # later beacons at the same position as beacon i
        directions = {}  # reduced direction from beacon i -> number of later beacons that way
        for j in range(i + 1, n):
            dx, dy = beacons[j][0] - xi, beacons[j][1] - yi
            if dx == 0 and dy == 0:
                same += 1
                continue
            g = gcd(dx, dy)
            dx, dy = dx // g, dy // g
            if dx < 0 or (dx == 0 and dy < 0):  # one key per line direction
                dx, dy = -dx, -dy
            directions[(dx, dy)] = directions.get((dx, dy), 0) + 1
        best = max(best, 1 + same + max(directions.values(), default=0))
    return best
