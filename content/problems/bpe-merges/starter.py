def bpe_merges(words: list[str], counts: list[int], num_merges: int) -> list[list[str]]:
    # Return the learned merges in order, each as [left, right] (ties to the smallest pair).
    pass
