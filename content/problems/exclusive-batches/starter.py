def batch_sizes(log: str) -> list[int]:
    # Return the sizes of the most consecutive batches such that no letter appears in two batches.
    pass
