def evaluate_postfix(tokens: list[str]) -> int:
    values = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            b = values.pop()
            a = values.pop()
            if token == "+":
                values.append(a + b)
            elif token == "-":
                values.append(a - b)
            elif token == "*":
                values.append(a * b)
            else:
                quotient = abs(a) // abs(b)  # truncate toward zero, not Python's floor
                values.append(quotient if (a < 0) == (b < 0) else -quotient)
        else:
            values.append(int(token))
    return values[-1]
