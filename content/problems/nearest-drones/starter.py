def nearest_drones(points: list[list[int]], k: int) -> list[int]:
    # Return the indices of the k drones closest to (0, 0), closest first, ties by smaller index.
    pass
