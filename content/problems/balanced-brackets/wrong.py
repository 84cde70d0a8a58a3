# Wrong on purpose: never checks that the stack is empty at the end, so unclosed openers such as "(" are reported as balanced.
def is_balanced(s: str) -> bool:
    closer_of = {"(": ")", "[": "]", "{": "}"}
    expected = []
    for ch in s:
        if ch in closer_of:
            expected.append(closer_of[ch])
        elif ch in ")]}":
            if not expected or expected.pop() != ch:
                return False
    return True
