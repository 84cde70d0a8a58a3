def smote_samples(minority: list[list[float]], k: int, bases: list[int], neighbours: list[int], gaps: list[float]) -> list[list[float]]:
    # Return x_base + gap * (x_nb - x_base) for each request, nb = neighbours[t]-th of base's k nearest others.
    pass
