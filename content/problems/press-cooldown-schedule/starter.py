def min_press_slots(jobs: str, cooldown: int) -> int:
    # Return the fewest slots that print every job while respecting each plate's cooldown.
    pass
