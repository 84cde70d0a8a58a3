# MLPrep's Python test harness. It runs every test of a submission in this one process and
# writes one JSON line per test to the judge on a private copy of standard output; the
# submission's own prints go to standard error, so they can never be mistaken for results.
import importlib.util
import json
import math
import os
import resource
import sys
import time
import traceback

FUNCTION = sys.argv[1]
TYPES = json.loads(sys.argv[2])  # [[scalar, rank], ...] for each parameter
WORK = os.environ.get("MLPREP_WORK", "/box")  # where tests.json and solution.py are

# Recursive tree and DP solutions may go deep; Python-to-Python calls do not use the C stack.
sys.setrecursionlimit(200_000)

results = os.fdopen(os.dup(1), "w", buffering=1)
os.dup2(2, 1)
sys.stdout = sys.stderr


def emit(record):
    results.write(json.dumps(record, allow_nan=False) + "\n")


# Node types for linked-list and tree problems; submissions use them without importing anything.
MAX_NODES = 1_000_000


class ListNode:
    __slots__ = ("val", "next")

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val})"


class TreeNode:
    __slots__ = ("val", "left", "right")

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val})"


def build_list(values):
    head = None
    for v in reversed(values):
        head = ListNode(v, head)
    return head


def build_tree(values):
    if not values:
        return None
    root = TreeNode(values[0])
    level, k = [root], 1
    while level and k < len(values):
        following = []
        for node in level:
            for side in ("left", "right"):
                if k < len(values) and values[k] is not None:
                    child = TreeNode(values[k])
                    setattr(node, side, child)
                    following.append(child)
                k += 1
        level = following
    return root


def list_values(head):
    values = []
    while head is not None:
        if len(values) == MAX_NODES:
            raise ValueError(f"the returned linked list has a cycle or more than {MAX_NODES} nodes")
        values.append(plain(head.val))
        head = head.next
    return values


def tree_values(root):
    values, level, seen = [], [root], 0
    while level:
        following = []
        for node in level:
            if node is None:
                values.append(None)
                continue
            seen += 1
            if seen > MAX_NODES:
                raise ValueError(f"the returned tree has a cycle or more than {MAX_NODES} nodes")
            values.append(plain(node.val))
            following += [node.left, node.right]
        level = following
    while values and values[-1] is None:
        values.pop()
    return values


def coerce(value, scalar, rank):
    if rank > 0:
        return [coerce(v, scalar, rank - 1) for v in value]
    if scalar == "double":
        return float(value)
    if scalar == "ListNode":
        return build_list(value)
    if scalar == "TreeNode":
        return build_tree(value)
    return value


def plain(value):
    if isinstance(value, ListNode):
        return list_values(value)
    if isinstance(value, TreeNode):
        return tree_values(value)
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def peak_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


with open(os.path.join(WORK, "tests.json"), encoding="utf-8") as f:
    cases = json.load(f)

try:
    spec = importlib.util.spec_from_file_location("solution", os.path.join(WORK, "solution.py"))
    module = importlib.util.module_from_spec(spec)
    module.ListNode = ListNode
    module.TreeNode = TreeNode
    spec.loader.exec_module(module)
    function = getattr(module, FUNCTION)
except SyntaxError as error:
    emit({"load": "syntax", "message": "".join(traceback.format_exception_only(type(error), error)).strip()})
    sys.exit(0)
except BaseException as error:
    emit({"load": "error", "message": "".join(traceback.format_exception(type(error), error, error.__traceback__, limit=-3)).strip()})
    sys.exit(0)

for index, args in enumerate(cases):
    args = [coerce(a, s, r) for a, (s, r) in zip(args, TYPES)]
    start = time.perf_counter()
    try:
        value = plain(function(*args))
        elapsed = (time.perf_counter() - start) * 1000
        try:
            emit({"i": index, "ok": True, "value": value, "ms": elapsed, "kb": peak_kb()})
        except (TypeError, ValueError):
            emit({"i": index, "ok": False, "error": "the function returned a value that is not JSON-serialisable: " + repr(value)[:200], "ms": elapsed, "kb": peak_kb()})
    except MemoryError:
        emit({"i": index, "ok": False, "memory": True, "ms": (time.perf_counter() - start) * 1000, "kb": peak_kb()})
        break
    except BaseException as error:
        lines = traceback.format_exception(type(error), error, error.__traceback__, limit=-3)
        emit({"i": index, "ok": False, "type": type(error).__name__, "error": "".join(lines).strip()[-2000:], "ms": (time.perf_counter() - start) * 1000, "kb": peak_kb()})
