#!/usr/bin/env python3
"""How fast `weave lsp` answers edits: the time from the last didChange of
a burst of edits to the publishDiagnostics for that very version, on
synthetic ink stories of about 100 KB and 1 MB (../shared/bench/gen_synth.py,
see ../shared/bench/WALK.md), against the release binary.

Each run opens the story, then types a burst of edits into one line (one
character every --gap ms, as incremental changes), and times the answer
to the last one; the burst's earlier versions should mostly be dropped as
stale, which the script counts. It prints the median and the spread over
--runs runs, per size, and beside it the time of a whole `weave check` of
the same story (the same work, in a fresh process), since a shared
machine's load moves both.

    cargo build --release
    python3 scripts/lsp-latency.py [--runs 15] [--burst 5] [--gap 20]
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
            self.messages.put((time.perf_counter(), json.loads(body)))

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


def measure(binary, path, runs, burst, gap):
    text = open(path).read()
    uri = "file://" + os.path.realpath(path)
    # The line edited: the first text line of the first knot.
    lines = text.split("\n")
    line = next(i for i, l in enumerate(lines) if i > 0 and lines[i - 1].startswith("==="))
    server = Server(binary)
    server.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    server.notify("initialized", {})
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "ink", "version": 1, "text": text}})
    server.diagnostics_for(uri, 1)
    version = 1
    latencies, published = [], []
    for _ in range(runs):
        first = version + 1
        for _ in range(burst):
            version += 1
            sent = server.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": line, "character": 0},
                                              "end": {"line": line, "character": 0}},
                                    "text": "a"}]})
            time.sleep(gap / 1000)
        skipped = []
        at, _ = server.diagnostics_for(uri, version, skipped)
        latencies.append((at - sent) * 1000)
        # The burst's earlier versions that were published at all (the
        # others were dropped as stale or never analysed).
        published.append(sum(1 for m in skipped
                             if m.get("method") == "textDocument/publishDiagnostics"
                             and first <= (m["params"].get("version") or 0) < version))
        time.sleep(0.1)
    server.stop()
    return latencies, published


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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--burst", type=int, default=5)
    ap.add_argument("--gap", type=float, default=20, help="ms between the edits of a burst")
    ap.add_argument("--binary", default=os.path.join(REPO, "target", "release", "weave"))
    args = ap.parse_args()
    if not os.path.exists(GEN):
        sys.exit("../shared/bench/gen_synth.py is absent")
    with tempfile.TemporaryDirectory() as tmp:
        for label, knots in (("100 KB", 40), ("1 MB", 400)):
            path = os.path.join(tmp, "synth-%d.ink" % knots)
            subprocess.run([sys.executable, GEN, "--knots", str(knots), "-o", path], check=True,
                           stdout=subprocess.DEVNULL)
            size = os.path.getsize(path)
            lat, published = measure(args.binary, path, args.runs, args.burst, args.gap)
            check = check_times(args.binary, path, args.runs)
            print("%-6s (%7d bytes): last edit -> its diagnostics: median %.1f ms (min %.1f, max %.1f);"
                  " %d bursts of %d edits %g ms apart; earlier versions published: %d of %d"
                  % (label, size, statistics.median(lat), min(lat), max(lat), args.runs, args.burst,
                     args.gap, sum(published), args.runs * (args.burst - 1)))
            print("%-6s `weave check` on the same story (a whole process): median %.1f ms; ratio %.2f"
                  % ("", statistics.median(check), statistics.median(lat) / statistics.median(check)))


if __name__ == "__main__":
    main()
