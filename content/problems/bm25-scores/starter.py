def bm25_scores(docs: list[str], query: str, k1: float, b: float) -> list[float]:
    # Return the BM25 score (Lucene idf) of every document for the query, in input order.
    pass
