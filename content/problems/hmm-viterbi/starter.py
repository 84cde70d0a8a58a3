def viterbi(start: list[float], trans: list[list[float]], emit: list[list[float]], obs: list[int]) -> list[int]:
    # Return the most probable state sequence (log-space Viterbi, ties to the smallest state index).
    pass
