# Wrong on purpose: breaks distance ties by coordinates instead of by index, so drones at the same distance come out in the wrong order.
def nearest_drones(points: list[list[int]], k: int) -> list[int]:
    order = sorted(range(len(points)), key=lambda i: (points[i][0] ** 2 + points[i][1] ** 2, points[i]))
    return order[:k]
