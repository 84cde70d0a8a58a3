# Wrong on purpose: ranks by the raw dot product without dividing by the norms, so long vectors win over better-aligned short ones.
def cosine_top_k(query: list[float], docs: list[list[float]], k: int) -> list[int]:
    dots = [sum(a * b for a, b in zip(query, d)) for d in docs]
    return sorted(range(len(docs)), key=lambda i: (-dots[i], i))[:k]
