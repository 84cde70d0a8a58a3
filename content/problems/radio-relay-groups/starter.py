def count_relay_groups(n: int, links: list[list[int]]) -> int:
    # Return the number of connected groups of stations.
    pass
