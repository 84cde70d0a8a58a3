def oob_vote(draws: list[list[int]], predictions: list[list[int]]) -> list[int]:
    # Return each point's majority vote over the trees it is out of bag for (ties: smallest label; none: -1).
    pass
