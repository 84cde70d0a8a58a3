def ucb_arms(rewards: list[list[int]], c: float) -> list[int]:
    # Return the arm UCB1 pulls in each round (untried arms first, ties to the smallest index).
    pass
