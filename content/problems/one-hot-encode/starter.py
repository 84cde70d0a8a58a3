def one_hot_encode(train: list[list[str]], test: list[list[str]]) -> list[list[int]]:
    # Return the test rows one-hot encoded with each column's sorted training categories; unseen -> zeros.
    pass
