"""Writes tests.yaml for q-learning-replay: hand-made logs plus seeded random episodes.

Expected tables come from replaying the log one transition at a time with a dictionary-based
table, the textbook update, and no bootstrapping from terminal transitions. Small hand cases are
checked against values worked out by hand.
"""
import json
import random
from pathlib import Path

rnd = random.Random(1989)


def replay(q0, transitions, rewards, alpha, gamma):
    q = {(s, a): v for s, row in enumerate(q0) for a, v in enumerate(row)}
    n_actions = len(q0[0])
    for (s, a, s2, done), r in zip(transitions, rewards):
        target = r if done else r + gamma * max(q[(s2, b)] for b in range(n_actions))
        q[(s, a)] = q[(s, a)] + alpha * (target - q[(s, a)])
    return [[q[(s, a)] for a in range(n_actions)] for s in range(len(q0))]


def random_case(n_states, n_actions, n_steps, alpha, gamma, init=0.0):
    # A random chain world: episodes start in state 0 and end with probability 0.1 per step.
    q0 = [[round(rnd.uniform(-init, init), 2) for _ in range(n_actions)] for _ in range(n_states)]
    transitions, rewards = [], []
    s = 0
    for _ in range(n_steps):
        a = rnd.randrange(n_actions)
        s2 = rnd.randrange(n_states)
        done = 1 if rnd.random() < 0.1 else 0
        transitions.append([s, a, s2, done])
        rewards.append(float(rnd.choice([-1, 0, 0, 0, 1, 5])) if not done else float(rnd.choice([-10, 10])))
        s = 0 if done else s2
    return q0, transitions, rewards, alpha, gamma


visible = [
    ([[0.0, 2.0], [4.0, 6.0]], [[0, 1, 1, 0]], [1.0], 0.5, 0.9),
    ([[0.0, 2.0], [4.0, 6.0]], [[0, 1, 1, 0], [1, 1, 1, 1], [0, 1, 1, 0]], [1.0, 10.0, 1.0], 0.5, 0.9),
    ([[0.0, 0.0]], [[0, 0, 0, 0], [0, 0, 0, 0]], [1.0, 1.0], 1.0, 0.5),
]
for case, by_hand in ((visible[0], [[0.0, 4.2], [4.0, 6.0]]), (visible[1], [[0.0, 6.2], [4.0, 8.0]])):
    assert all(abs(u - v) < 1e-12 for ru, rv in zip(replay(*case), by_hand) for u, v in zip(ru, rv))

hidden = [
    ([[3.0]], [], [], 0.5, 0.9),                                     # empty log: unchanged
    ([[1.0, -1.0]], [[0, 1, 0, 1]], [-2.0], 0.1, 0.99),              # terminal: no bootstrap
    ([[0.0, 0.0], [100.0, -100.0]], [[0, 0, 1, 1]], [0.0], 1.0, 0.9),  # a terminal ignores Q(s')
    ([[5.0, 1.0]], [[0, 0, 0, 0]] * 3, [0.0] * 3, 0.5, 0.5),         # self-loop uses the old max
    ([[-5.0, -7.0], [-3.0, -2.0]], [[0, 0, 1, 0], [1, 0, 0, 0]], [-1.0, -1.0], 0.3, 1.0),  # negative values, gamma 1
    ([[0.0, 0.0, 0.0]], [[0, 2, 0, 0]] * 5, [1.0] * 5, 0.5, 0.0),    # gamma 0: a running average of rewards
]
hidden += [random_case(3, 2, 20, 0.5, 0.9), random_case(6, 3, 300, 0.1, 0.95, 1.0),
           random_case(20, 4, 2000, 0.05, 0.99, 0.5), random_case(40, 5, 4000, 0.2, 0.9)]

lines = ["# Written by generate_tests.py beside this file (sequential replay of the log).", "visible:"]
for part, cases in (("visible", visible), ("hidden", hidden)):
    if part == "hidden":
        lines.append("hidden:")
    for case in cases:
        lines += [f"  - args: [{', '.join(json.dumps(a) for a in case)}]", f"    expected: {json.dumps(replay(*case))}"]
Path(__file__).with_name("tests.yaml").write_text("\n".join(lines) + "\n")
