def trapped_water(heights: list[int]) -> int:
    # Return the total water held above the profile after rain.
    pass
