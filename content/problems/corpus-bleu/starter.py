def corpus_bleu(candidates: list[str], references: list[list[str]]) -> float:
    # Return corpus-level BLEU-4 (pooled clipped precisions, brevity penalty) in [0, 1].
    pass
