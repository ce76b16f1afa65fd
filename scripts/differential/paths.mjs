// Which choice paths a story is played along: the seeded random walks of
// ../shared/bench/WALK.md, and every path of a small story (bounded).

import { play } from "./inkjs.mjs";

/** WALK.md's xorshift64 choice stream for playthrough `i`. */
export function walkChooser(i, maxChoices) {
  const mask = (1n << 64n) - 1n;
  let x = BigInt(42 + i);
  return (n, turn) => {
    if (turn >= maxChoices) return null;
    x ^= (x << 13n) & mask;
    x ^= x >> 7n;
    x ^= (x << 17n) & mask;
    return Number(x % BigInt(n));
  };
}

/** A chooser that follows a fixed 0-based path, then closes the input. */
export function pathChooser(path) {
  return (_n, turn) => (turn < path.length ? path[turn] : null);
}

/**
 * Plays `story` on inkjs along `walks` random walks and, while the story
 * stays small, along every path up to `maxDepth` choices (at most
 * `maxPaths` finished paths). Returns the distinct plays, each with the
 * 0-based path weave must be fed and inkjs's transcript.
 */
export function explore(story, { walks, maxChoices, maxPaths, maxDepth, extra = [] }) {
  const plays = new Map();
  const add = (kind, result) => {
    const key = result.taken.join(",") + (result.endedWith ? "|closed" : "");
    if (!plays.has(key)) plays.set(key, { kind, ...result });
  };
  for (const path of extra) add("given", play(story, pathChooser(path)));
  for (let i = 0; i < walks; i++) add(`walk ${i}`, play(story, walkChooser(i, maxChoices)));
  if (maxPaths > 0) {
    const stack = [[]];
    let finished = 0;
    let budget = maxPaths * 4;
    while (stack.length > 0 && finished < maxPaths && budget-- > 0) {
      const prefix = stack.pop();
      const result = play(story, pathChooser(prefix));
      if (result.endedWith > 0 && prefix.length < maxDepth) {
        for (let c = result.endedWith - 1; c >= 0; c--) stack.push([...prefix, c]);
      } else {
        add("every path", result);
        finished++;
      }
    }
  }
  return [...plays.values()];
}
