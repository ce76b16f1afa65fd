#!/usr/bin/env python3
"""How fast `weave lsp` answers edits: the time from the last didChange a
client sends to the publishDiagnostics for that very version arriving at
the client, against the release binary, on stories of about 100 KB and
1 MB written by ../shared/bench/gen_synth.py (full dialect, seed 42; see
../shared/bench/WALK.md); on the 1 MB story with an unknown variable and
an unknown divert added to every knot (about 800 errors, each with its
range), so that turning many diagnostics into LSP ranges is measured too;
and on the RON form (written by `weave compile`) of a story half as long,
about 1 MB of RON.

Two kinds of run per story:
- one edit: a single character typed while the server is idle (for
  --pause ms: on the shared machine here, the longer the pause the slower
  the analysis that follows it); what an author sees after a pause
  (debounce, then one analysis);
- burst: --burst edits --gap ms apart, faster than anyone types; the time
  to the answer to the last one, which includes waiting for the stale
  analysis in flight when it came. The burst's earlier versions should be
  dropped as stale; the script counts those that were published.

Each prints the median, the quartiles and the extremes over --runs runs,
the load average before and after (the machine is shared: a busy one
moves every figure), and the time of a whole `weave check` of the same
story in a fresh process (the same parse, compile and checks plus
process start and printing), as a yardstick the load moves alike.

    cargo build --release
    python3 scripts/lsp-latency.py [--runs 15] [--pause 150] [--burst 5] [--gap 20]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import queue

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(REPO, "..", "shared", "bench", "gen_synth.py")


class Server:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.startswith(b"Content-Length:"):
                    length = int(line.split(b":")[1])
            body = out.read(length)
            # Arrived: the time is taken before decoding it.
            at = time.perf_counter()
            self.messages.put((at, json.loads(body)))

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return time.perf_counter()

    def notify(self, method, params):
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        id_ = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": id_, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == id_)[1]

    def wait(self, wanted, timeout=30, skipped=None):
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                sys.exit("no answer from weave lsp in %ds" % timeout)
            at, m = self.messages.get(timeout=left)
            if wanted(m):
                return at, m
            if skipped is not None:
                skipped.append(m)

    def diagnostics_for(self, uri, version, skipped=None):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri and m["params"].get("version") == version,
                         skipped=skipped)

    def stop(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.proc.wait(timeout=10)


def edited_place(path, text):
    """Where the edits go (line, column): in ink, the start of the first
    text line of the first knot; in RON, inside the first `Line("…")`."""
    lines = text.split("\n")
    if path.endswith(".ron"):
        i = next(i for i, l in enumerate(lines) if 'Line("' in l)
        return i, lines[i].index('Line("') + len('Line("')
    return next(i for i, l in enumerate(lines) if i > 0 and lines[i - 1].startswith("===")), 0


def measure(binary, path, runs, burst, gap, pause):
    """Latencies (ms) of `runs` lone edits, then of `runs` bursts, and how
    many of the bursts' earlier versions were published."""
    text = open(path).read()
    uri = "file://" + os.path.realpath(path)
    line, column = edited_place(path, text)
    server = Server(binary)
    server.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    server.notify("initialized", {})
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "ron" if path.endswith(".ron") else "ink", "version": 1,
        "text": text}})
    server.diagnostics_for(uri, 1)
    # The first analysis of a story is followed by building its index and
    # freeing what the open cost (on a cold allocator, hundreds of ms for
    # 1 MB): an outline request waits for the index, then a pause lets the
    # rest finish, so that the first edit meets an idle server as every
    # later one does.
    server.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
    time.sleep(0.5)
    version = 1

    def edit():
        nonlocal version
        version += 1
        return server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": column},
                                          "end": {"line": line, "character": column}},
                                "text": "a"}]})

    single = []
    for _ in range(runs):
        sent = edit()
        at, _ = server.diagnostics_for(uri, version)
        single.append((at - sent) * 1000)
        # Idle again: the index built after publishing is done too.
        time.sleep(pause)
    bursts, published = [], []
    for _ in range(runs):
        first = version + 1
        for i in range(burst):
            sent = edit()
            if i + 1 < burst:
                time.sleep(gap / 1000)
        skipped = []
        at, _ = server.diagnostics_for(uri, version, skipped)
        bursts.append((at - sent) * 1000)
        published.append(sum(1 for m in skipped
                             if m.get("method") == "textDocument/publishDiagnostics"
                             and first <= (m["params"].get("version") or 0) < version))
        time.sleep(0.15)
    server.stop()
    return single, bursts, published


def check_times(binary, path, runs):
    """The time of a whole `weave check` on the story, the same parse,
    compile and checks, as the yardstick for the server's latency (the
    machine's load moves both alike)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, "check", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return times


def spread(ms):
    q = statistics.quantiles(ms, n=4) if len(ms) > 1 else [ms[0]] * 3
    return "median %6.1f ms (quartiles %.1f-%.1f, min %.1f, max %.1f)" % (
        statistics.median(ms), q[0], q[2], min(ms), max(ms))


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def with_errors(path, out):
    """The story at `path` with an unknown variable and an unknown divert
    on a new line after every knot's header; returns how many knots."""
    lines, knots = [], 0
    for l in open(path).read().split("\n"):
        lines.append(l)
        if l.startswith("=== ") and "function" not in l:
            knots += 1
            lines.append("Here {missing_var_%d} goes -> no_such_knot_%d" % (knots, knots))
    open(out, "w").write("\n".join(lines))
    return knots


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--burst", type=int, default=5)
    ap.add_argument("--gap", type=float, default=20, help="ms between the edits of a burst")
    ap.add_argument("--pause", type=float, default=150,
                    help="ms the server is left idle before each lone edit")
    ap.add_argument("--binary", default=os.path.join(REPO, "target", "release", "weave"))
    args = ap.parse_args()
    if not os.path.exists(GEN):
        sys.exit("../shared/bench/gen_synth.py is absent")
    print("%d cores; load average %s; %d runs each; lone edits after %g ms idle; "
          "bursts of %d edits %g ms apart"
          % (os.cpu_count(), load(), args.runs, args.pause, args.burst, args.gap))
    with tempfile.TemporaryDirectory() as tmp:
        stories = []
        for label, knots in (("100 KB", 40), ("1 MB", 400)):
            path = os.path.join(tmp, "synth-%d.ink" % knots)
            subprocess.run([sys.executable, GEN, "--knots", str(knots), "-o", path], check=True,
                           stdout=subprocess.DEVNULL)
            stories.append((label, path))
        broken = os.path.join(tmp, "synth-400-errors.ink")
        knots = with_errors(stories[-1][1], broken)
        stories.append(("1 MB, %d errors" % (2 * knots), broken))
        # The RON form of a story half as long is about 1 MB, written by
        # the binary measured.
        half = os.path.join(tmp, "synth-210.ink")
        subprocess.run([sys.executable, GEN, "--knots", "210", "-o", half], check=True,
                       stdout=subprocess.DEVNULL)
        ron = os.path.join(tmp, "synth-210.ron")
        subprocess.run([args.binary, "compile", half, "--out", ron], check=True,
                       stdout=subprocess.DEVNULL)
        stories.append(("1 MB of RON", ron))
        for label, path in stories:
            before = load()
            single, bursts, published = measure(args.binary, path, args.runs, args.burst, args.gap,
                                                args.pause / 1000)
            check = check_times(args.binary, path, args.runs)
            print("%s (%d bytes), load average %s before, %s after:"
                  % (label, os.path.getsize(path), before, load()))
            print("  one edit -> its diagnostics:       %s" % spread(single))
            print("  last of a burst -> its diagnostics: %s; earlier versions published: %d of %d"
                  % (spread(bursts), sum(published), args.runs * (args.burst - 1)))
            print("  `weave check` (a whole process):    %s" % spread(check))


if __name__ == "__main__":
    main()
