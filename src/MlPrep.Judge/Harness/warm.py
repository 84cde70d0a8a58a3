# MLPrep's warm-box stub. A box is started ahead of time with this stub: it loads the
# interpreter, numpy and the common standard modules, then blocks on standard input. The judge
# hands it exactly one submission as one JSON line {"files": {name: text}, "argv": [...]};
# the stub writes the files to /tmp/work, points standard input at /dev/null and runs the
# harness. Each box serves one submission and is then destroyed.
import bisect
import collections
import functools
import heapq
import importlib.util
import itertools
import json
import math
import os
import random
import re
import resource
import statistics
import sys
import time
import traceback

try:
    import numpy  # noqa: F401  (loaded so ML submissions do not pay for it)
except ImportError:
    pass

# Tell the judge the box is ready; the judge ignores lines that are not test results.
sys.stdout.write('{"ready": true}\n')
sys.stdout.flush()

payload = json.loads(sys.stdin.buffer.readline())
null = os.open(os.devnull, os.O_RDONLY)
os.dup2(null, 0)
os.close(null)
sys.stdin = open(os.devnull, encoding="utf-8")

work = "/tmp/work"
os.makedirs(work, exist_ok=True)
for name, text in payload["files"].items():
    with open(os.path.join(work, os.path.basename(name)), "w", encoding="utf-8") as f:
        f.write(text)

os.environ["MLPREP_WORK"] = work
sys.argv = ["/box/harness.py"] + payload["argv"]
with open("/box/harness.py", encoding="utf-8") as f:
    harness = compile(f.read(), "/box/harness.py", "exec")
try:
    exec(harness, {"__name__": "__main__", "__file__": "/box/harness.py"})
    code = 0
except SystemExit as stop:
    code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
# The box is thrown away: skip the interpreter's teardown (numpy's included), after flushing.
sys.stdout.flush()
sys.stderr.flush()
os._exit(code)
