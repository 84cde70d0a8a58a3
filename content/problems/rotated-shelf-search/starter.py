def search_rotated(codes: list[int], target: int) -> int:
    # Return the index of target in the rotated increasing list, or -1.
    pass
