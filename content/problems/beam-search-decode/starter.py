def beam_search(start: list[float], trans: list[list[float]], beam_width: int, length: int) -> list[list[int]]:
    # Return the final beam (best first; equal scores by lexicographically smaller sequence).
    pass
