def evaluate_postfix(tokens: list[str]) -> int:
    # Return the value of the postfix tape (division truncates toward zero).
    pass
