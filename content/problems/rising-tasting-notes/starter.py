def longest_rising(scores: list[int]) -> int:
    # Return the length of the longest strictly increasing subsequence of scores.
    pass
