def cosine_top_k(query: list[float], docs: list[list[float]], k: int) -> list[int]:
    # Return the indices of the k most cosine-similar documents (ties by smaller index).
    pass
