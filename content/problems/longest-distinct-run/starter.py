def longest_distinct_run(s: str) -> int:
    # Return the length of the longest stretch of consecutive characters of s with no character repeated.
    pass
