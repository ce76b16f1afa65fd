#!/usr/bin/env python3
"""Walks every path through a story the way a reader meets it, and measures it.

Every path is played through the real player, `weave play --plain` (the
transcript `inklecate -p` would print), feeding choice numbers on stdin:
the transcript shows the options offered at each choice point, so the walk
needs no knowledge of the engine. It reports:

- how many paths there are, and every ending reached (the `ending: TITLE`
  tag on the last line) with its shortest path, as `weave replay --choices`
  numbers;
- the longest stretch of story words a reader reads without a choice,
  between two choice points (and, separately, from the start to the first
  choice and from the last choice to the end);
- the share of choice points that lead to different endings: a choice point
  is a knot that offers choices (its options are mapped to knots through
  the script), and it leads to different endings when its options, over
  every path through it, do not all reach the same set of endings;
- which variables gate options (a choice's condition) or endings (a
  condition whose branches only divert, routing to different knots), read
  from the script, and the choice points whose offered options really vary
  from path to path.

Usage: scripts/konoha-paths.py [SCRIPT] [--weave PATH] [--max-words N]
       [--min-share PERCENT] [--min-endings N]
Exits 1 when a limit is broken (longest stretch over N words, default 500;
share under PERCENT, default 50; fewer than N endings, default 5), or a
path ends without an ending tag. Python 3 standard library only.
"""

import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPTION = re.compile(r"^(\d+): (.*)$")
CLOSED = "<User input stream closed.>"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("script", nargs="?", default=os.path.join(ROOT, "scripts/konoha.ron"))
    p.add_argument("--weave", default=os.environ.get("WEAVE"),
                   help="the weave binary (default: target/debug/weave, built if missing)")
    p.add_argument("--max-words", type=int, default=500)
    p.add_argument("--min-share", type=float, default=50.0)
    p.add_argument("--min-endings", type=int, default=5)
    return p.parse_args()


def weave_binary(given):
    if given:
        return given
    path = os.path.join(ROOT, "target", "debug", "weave")
    if not os.path.exists(path):
        subprocess.run(["cargo", "build", "-q"], cwd=ROOT, check=True)
    return path


class Transcript:
    """One run of `weave play --plain` on a path of choice numbers, split
    into the stretches of text between prompts."""

    def __init__(self, text):
        # Each prompt "?> " starts the text the chosen option led to.
        parts = text.split("?> ")
        if len(parts) > 1 and parts[-1].strip() == CLOSED:
            parts.pop()  # the input ran out at the last prompt
        self.stretches = []  # (story lines, tags, options offered after)
        for part in parts:
            lines, tags, options = [], [], []
            for line in part.split("\n"):
                if line.startswith("# tags: "):
                    tags.extend(t.strip() for t in line[len("# tags: "):].split(","))
                    continue
                match = OPTION.match(line)
                if match:
                    options.append(match.group(2))
                elif line.strip() and line.strip() != CLOSED:
                    if options:
                        raise ValueError("text after the options: " + line)
                    lines.append(line)
            self.stretches.append((lines, tags, options))

    def options_at_end(self):
        return self.stretches[-1][2]

    def ending(self):
        for lines, tags, options in reversed(self.stretches):
            for tag in tags:
                if tag.startswith("ending: "):
                    return tag[len("ending: "):]
        return None


def play(weave, script, path):
    feed = "".join(f"{n}\n" for n in path)
    done = subprocess.run(
        [weave, "play", "--plain", "--seed", "1", script],
        input=feed, capture_output=True, text=True, cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"weave failed on path {path}: {done.stderr.strip()}")
    return Transcript(done.stdout)


def walk(weave, script):
    """Every complete path, breadth first, a level at a time in parallel."""
    complete = []  # (path, transcript)
    frontier = [[]]
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        while frontier:
            runs = list(pool.map(lambda p: (p, play(weave, script, p)), frontier))
            frontier = []
            for path, transcript in runs:
                offered = transcript.options_at_end()
                if offered and len(transcript.stretches) == len(path) + 1:
                    frontier.extend(path + [i + 1] for i in range(len(offered)))
                else:
                    complete.append((path, transcript))
    return complete


def words(lines):
    return sum(len(line.split()) for line in lines)


def label_knots(script_text):
    """Option label -> the knot that offers it, read from the RON script."""
    owner, knot = {}, None
    for line in script_text.split("\n"):
        m = re.match(r'^        Knot\($', line)
        if m:
            knot = None
            continue
        m = re.match(r'^            name: "(.*)",$', line)
        if m and knot is None:
            knot = m.group(1)
            continue
        m = re.search(r'text: (?:r#*)?"\[(.*)\]"#*,$', line)
        if m and knot:
            owner[m.group(1).replace('\\"', '"')] = knot
    return owner


def gates(script_text):
    """(variables in choice conditions, variables in routing conditions)."""
    variables = re.findall(r'"VAR (\w+) =', script_text)
    on_options, on_routes = {}, {}
    for m in re.finditer(r'cond: "(.*)",', script_text):
        for v in variables:
            if re.search(rf"\b{v}\b", m.group(1)):
                on_options[v] = on_options.get(v, 0) + 1
    # A condition whose branch holds nothing but a divert routes the story.
    for m in re.finditer(r'\("(.*)", \[\n\s*Line\("-> (\w+)"\),\n\s*\]\)', script_text):
        for v in variables:
            if re.search(rf"\b{v}\b", m.group(1)):
                on_routes.setdefault(v, []).append(m.group(2))
    return variables, on_options, on_routes


def main():
    args = parse_args()
    weave = weave_binary(args.weave)
    script = os.path.abspath(args.script)
    script_text = open(script, encoding="utf-8").read()
    paths = walk(weave, script)
    owner = label_knots(script_text)
    failures = []

    endings = {}
    for path, t in paths:
        e = t.ending()
        if e is None:
            failures.append(f"path {','.join(map(str, path))} ends without an ending tag")
            continue
        best = endings.get(e)
        if best is None or (len(path), path) < (len(best), best):
            endings[e] = path

    # Stretches of words: between two choices, and at either end.
    inner = (0, None)
    outer = (0, None)
    for path, t in paths:
        last = len(t.stretches) - 1
        for i, (lines, _, _) in enumerate(t.stretches):
            w = words(lines)
            where = (path, i)
            if 0 < i < last and w > inner[0]:
                inner = (w, where)
            if (i == 0 or i == last) and w > outer[0]:
                outer = (w, where)

    # Choice points: which endings each option of each knot leads to.
    reach = {}     # knot -> label -> set of endings
    offered = {}   # knot -> set of option tuples seen
    for path, t in paths:
        e = t.ending()
        for i, number in enumerate(path):
            options = t.stretches[i][2]
            knot = owner.get(options[0], "?" + options[0])
            offered.setdefault(knot, set()).add(tuple(options))
            reach.setdefault(knot, {}).setdefault(options[number - 1], set()).add(e)
    differing = sorted(k for k, by in reach.items() if len({frozenset(s) for s in by.values()}) > 1)
    share = 100.0 * len(differing) / len(reach) if reach else 0.0
    variables, on_options, on_routes = gates(script_text)
    varying = sorted(k for k, seen in offered.items() if len(seen) > 1)

    def shown(path):
        return ",".join(map(str, path)) if path else "(no choice)"

    print(f"{os.path.relpath(script, ROOT)}: {len(paths)} paths, {len(endings)} endings")
    print("\nendings, with the shortest path to each (weave replay --choices):")
    for e, path in sorted(endings.items(), key=lambda kv: (len(kv[1]), kv[1])):
        count = sum(1 for _, t in paths if t.ending() == e)
        print(f"  {e}: {shown(path)} ({len(path)} choices; {count} paths)")
    w, (path, i) = inner
    print(f"\nlongest stretch between two choice points: {w} words "
          f"(path {shown(path)}, after choice {i})")
    if outer[1]:
        w2, (path2, i2) = outer
        where = "before the first choice" if i2 == 0 else "after the last choice"
        print(f"longest stretch at either end: {w2} words ({where}, path {shown(path2)})")
    print(f"\nchoice points leading to different endings: {len(differing)} of {len(reach)} "
          f"({share:.0f}%)")
    for knot in sorted(reach):
        mark = "yes" if knot in differing else "no "
        sets = "; ".join(f"{label} -> {', '.join(sorted(str(e) for e in es))}"
                         for label, es in sorted(reach[knot].items()))
        print(f"  {mark} {knot}: {sets}")
    print("\nvariables that gate options or endings:")
    for v in variables:
        parts = []
        if v in on_options:
            parts.append(f"{on_options[v]} option condition(s)")
        if v in on_routes:
            parts.append("routes to " + ", ".join(on_routes[v]))
        print(f"  {v}: {'; '.join(parts) if parts else 'gates nothing (text only)'}")
    gating = [v for v in variables if v in on_options or v in on_routes]
    print(f"  {len(gating)} gating variable(s); choice points whose options vary "
          f"with the path: {', '.join(varying) or 'none'}")

    if inner[0] > args.max_words or outer[0] > args.max_words:
        failures.append(f"a stretch of more than {args.max_words} words without a choice")
    if share < args.min_share:
        failures.append(f"only {share:.0f}% of choice points lead to different endings")
    if len(endings) < args.min_endings:
        failures.append(f"only {len(endings)} endings")
    for f in failures:
        print(f"FAIL: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
