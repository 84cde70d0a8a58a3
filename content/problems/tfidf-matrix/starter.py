def tfidf_matrix(docs: list[str]) -> list[list[float]]:
    # Return the L2-normalised TF-IDF rows (smoothed idf), columns in sorted vocabulary order.
    pass
