def count_motif(song: str, motif: str) -> int:
    # Return the number of ways to pick motif from song as a subsequence, modulo 1_000_000_007.
    pass
