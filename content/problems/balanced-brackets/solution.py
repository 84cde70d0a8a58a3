def is_balanced(s: str) -> bool:
    closer_of = {"(": ")", "[": "]", "{": "}"}
    expected = []  # the closers still owed, innermost last
    for ch in s:
        if ch in closer_of:
            expected.append(closer_of[ch])
        elif ch in ")]}":
            if not expected or expected.pop() != ch:
                return False
    return not expected
