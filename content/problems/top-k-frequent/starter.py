def top_k_frequent(plays: list[int], k: int) -> list[int]:
    # Return the k most aired ids, most aired first, ties broken by smaller id.
    pass
