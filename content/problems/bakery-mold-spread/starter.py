def minutes_until_moldy(rack: list[list[int]]) -> int:
    # Return the minutes until no fresh loaf (1) is left, 0 if none at the start, -1 if impossible.
    pass
