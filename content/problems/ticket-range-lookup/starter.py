def find_range(stamps: list[int], target: int) -> list[int]:
    # Return [first, last] positions of target in the sorted list, or [-1, -1].
    pass
