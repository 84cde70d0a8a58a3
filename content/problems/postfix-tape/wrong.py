# Wrong on purpose: uses Python's floor division //, which rounds -9 / 4 down to -3 instead of truncating to -2.
def evaluate_postfix(tokens: list[str]) -> int:
    values = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            b = values.pop()
            a = values.pop()
            values.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else 0}[token])
        else:
            values.append(int(token))
    return values[-1]
