# Wrong on purpose: uses the first matching stem in list order instead of the shortest one.
def shorten_message(stems: list[str], message: str) -> str:
    out = []
    for word in message.split(" "):
        for stem in stems:
            if word.startswith(stem):
                word = stem
                break
        out.append(word)
    return " ".join(out)
