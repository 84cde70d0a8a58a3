"""Writes tests.yaml for alert-broadcast-delay (the largest test repeats one self-link with a YAML alias). Expected answers come from Bellman-Ford: relax
every link in rounds until a round changes nothing (at most n - 1 rounds; delays are
non-negative, so there are no negative cycles). No priority queue is involved."""
import json
import random
from pathlib import Path

rnd = random.Random(2718)
INF = float("inf")


def expected(n, links, source):
    dist = [INF] * n
    dist[source] = 0
    for _ in range(n):
        changed = False
        for u, v, t in links:
            if dist[u] + t < dist[v]:
                dist[v] = dist[u] + t
                changed = True
        if not changed:
            break
    last = max(dist)
    return -1 if last == INF else last


def random_graph(n, m, tmax, connected=True):
    links = []
    if connected:  # a random spanning arborescence from 0 keeps everything reachable
        order = list(range(1, n))
        rnd.shuffle(order)
        seen = [0]
        for v in order:
            links.append([rnd.choice(seen), v, rnd.randint(0, tmax)])
            seen.append(v)
    while len(links) < m:
        links.append([rnd.randrange(n), rnd.randrange(n), rnd.randint(0, tmax)])
    rnd.shuffle(links)
    return links


visible = [
    (4, [[0, 1, 5], [0, 2, 2], [2, 1, 1], [1, 3, 4]], 0),
    (3, [[0, 1, 4], [2, 1, 1]], 0),
    (1, [], 0),
]
hidden = [
    (2, [[0, 1, 0]], 0),                                   # zero delay
    (2, [[1, 0, 3]], 0),                                   # link in the wrong direction
    (3, [[0, 1, 9], [0, 1, 2], [1, 2, 3], [2, 2, 1]], 0),   # parallel links and a self-link
    (4, [[3, 0, 1], [3, 1, 10], [0, 1, 2], [1, 2, 1]], 3),  # source is not server 0
    (5, [[0, 1, 1], [0, 2, 10], [1, 3, 1], [3, 2, 1], [2, 4, 1]], 0),  # pushed early, improved later
    (3, [[0, 1, 1000000], [1, 2, 1000000]], 0),
    (8, random_graph(8, 14, 20), 0),
    (50, random_graph(50, 200, 100), 0),
    (50, random_graph(50, 60, 100, connected=False), 7),
    (200, random_graph(200, 700, 1000000), 0),
]
# Long chain 0 -> 1 -> ... -> n-1 with delay 10^6 per hop (total about 4.5 * 10^9: needs 64 bits),
# listed in reverse order so that each Bellman-Ford round settles only one more server, followed
# by 16,000 copies of a useless self-link (written once with a YAML anchor and repeated as an
# alias). Bellman-Ford then needs about 4,500 rounds of 20,500 relaxations.
n = 4500
chain = [[i, i + 1, 1000000] for i in range(n - 1)][::-1]
SELF_LINKS = 16000
hidden.append((n, chain + [[3, 3, 5]] * SELF_LINKS, 0))


def write_links(links):
    if len(links) < SELF_LINKS:
        return json.dumps(links, separators=(",", ":"))
    head = links[:-SELF_LINKS]
    assert all(link == [3, 3, 5] for link in links[-SELF_LINKS:])
    return "[" + ",".join(json.dumps(x, separators=(",", ":")) for x in head) + ",&a [3,3,5]" + ",*a" * (SELF_LINKS - 1) + "]"


lines = ["# Written by generate_tests.py beside this file.", "visible:"]
for name, group in [("visible", visible), ("hidden", hidden)]:
    if name == "hidden":
        lines.append("hidden:")
    for n, links, source in group:
        lines += [f"  - args: [{n}, {write_links(links)}, {source}]",
                  f"    expected: {expected(n, links, source)}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
