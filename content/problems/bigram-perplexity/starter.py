def bigram_perplexity(train: list[str], test: list[str], k: float) -> float:
    # Return the perplexity of the add-k bigram model trained on train, measured on test.
    pass
