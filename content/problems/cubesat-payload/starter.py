def best_payload(mass: list[int], science: list[int], capacity: int) -> int:
    # Return the largest total science of instruments (each used at most once) with total mass <= capacity.
    pass
