def lone_badge(scans: list[int]) -> int:
    # Return the value that occurs once; every other value occurs exactly three times.
    pass
