def rouge_l_f1(candidate: str, reference: str) -> float:
    # Return the ROUGE-L F1 score (LCS-based, beta = 1) of candidate against reference.
    pass
