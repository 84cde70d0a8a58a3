def longest_uniform_run(boards: str, k: int) -> int:
    # Return the longest stretch that at most k repaints can make one colour.
    pass
