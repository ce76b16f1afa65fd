#!/usr/bin/env node
// The differential harness: plays stories on inkjs 2.4.0 (the reference,
// made to follow inklecate where inkjs differs from it: known.json) and on
// the real `weave` binary in plain mode, along the same choice paths, and
// reports the first line where they differ. See README.md, "Differential
// testing against inkjs".
//
// Usage: node scripts/differential/run.mjs [--sources proof,docs,ld41,cases,generated]
//   [--jobs N] (N processes, each playing every Nth story)
//   [--install] (only install inkjs into the cache) [--minimise NAME]
//   [--generated N] [--seed S] [--walks K] [--max-choices N] [--max-paths N]
//   [--max-depth N] [--weave BIN] [--cache DIR] [--only NAME,NAME…] [--emit NAME DIR]
//   [--json FILE] [--quiet] [--story FILE.ink]… (an author's story, with its
//   INCLUDEs: played instead of the sources unless --sources is given too)
// Exit status: 0 when no difference is unexplained, 1 when one is, 2 on a
// failure of the harness itself.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { INKJS_VERSION, compile, loadInkjs, patchCounters } from "./inkjs.mjs";
import { explore } from "./paths.mjs";
import { completeFragment, generated, inkProof, markdownExamples, regressionCases, singleFile, storyFile } from "./sources.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const shared = process.env.WEAVE_SHARED_DIR || path.resolve(repo, "..", "shared");

function parseArgs(argv) {
  const o = {
    sources: ["proof", "docs", "ld41", "cases", "generated"],
    generated: 300,
    seed: 1,
    walks: 3,
    maxChoices: 100,
    maxPaths: 16,
    maxDepth: 8,
    weave: process.env.WEAVE_BIN || path.join(repo, "target", "debug", "weave"),
    cache: process.env.WEAVE_INKJS_CACHE || path.join(repo, "target", "inkjs"),
    out: path.join(repo, "target", "differential"),
    only: null,
    emit: null,
    minimise: null,
    json: null,
    quiet: false,
    jobs: 1,
    shard: null,
    stories: [],
  };
  let sourcesGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    const int = () => {
      const v = Number(next());
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a whole number`);
      return v;
    };
    if (a === "--sources") {
      o.sources = next().split(",");
      sourcesGiven = true;
    }
    else if (a === "--story") o.stories.push(path.resolve(next()));
    else if (a === "--generated") o.generated = int();
    else if (a === "--seed") o.seed = int();
    else if (a === "--walks") o.walks = int();
    else if (a === "--max-choices") o.maxChoices = int();
    else if (a === "--max-paths") o.maxPaths = int();
    else if (a === "--max-depth") o.maxDepth = int();
    else if (a === "--weave") o.weave = path.resolve(next());
    else if (a === "--cache") o.cache = path.resolve(next());
    else if (a === "--out") o.out = path.resolve(next());
    else if (a === "--only") o.only = next();
    else if (a === "--emit") o.emit = [next(), path.resolve(next())];
    else if (a === "--minimise") o.minimise = next();
    else if (a === "--json") o.json = path.resolve(next());
    else if (a === "--quiet") o.quiet = true;
    else if (a === "--install") o.install = true;
    else if (a === "--jobs") o.jobs = Math.max(1, int());
    else if (a === "--shard") {
      const m = next().match(/^(\d+)\/(\d+)$/);
      if (!m || Number(m[1]) >= Number(m[2])) throw new Error("--shard needs J/N with J < N");
      o.shard = { j: Number(m[1]), n: Number(m[2]) };
    }
    else throw new Error(`unknown argument ${a}`);
  }
  if (o.stories.length && !sourcesGiven) o.sources = [];
  for (const s of o.sources) {
    if (!["proof", "docs", "ld41", "cases", "generated"].includes(s)) throw new Error(`unknown source ${s}`);
  }
  return o;
}

function* stories(o) {
  if (o.sources.includes("proof")) yield* inkProof(path.join(shared, "ink-proof", "ink"));
  if (o.sources.includes("docs")) {
    const ref = path.join(shared, "reference", "ink");
    yield* markdownExamples(path.join(ref, "WritingWithInk.md"), "docs/WritingWithInk.md");
    yield* markdownExamples(path.join(ref, "RunningYourInk.md"), "docs/RunningYourInk.md");
  }
  if (o.sources.includes("ld41")) yield* singleFile(path.join(shared, "stories", "ld41-emoji.ink"), "ld41-emoji");
  if (o.sources.includes("cases")) yield* regressionCases(path.join(repo, "tests", "differential"));
  if (o.sources.includes("generated")) yield* generated(o.seed, o.generated);
  for (const file of o.stories) yield storyFile(file);
}

function groupOf(name) {
  return name.split(/[/:]/)[0];
}

function writeStory(dir, story) {
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(story.files)) {
    // An INCLUDE may name a file in a subfolder.
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return path.join(dir, "main.ink");
}

/** Splits as ink-proof's comparison does (Python's `str.splitlines()`). */
function lines(text) {
  const out = text.split(/\r\n|\n|\r/);
  if (out.length && out[out.length - 1] === "") out.pop();
  return out;
}

function runWeave(o, file, pathTaken) {
  const input = pathTaken.map((c) => `${c + 1}\n`).join("");
  const r = spawnSync(o.weave, ["play", "--plain", "--seed", "1", file], {
    input,
    encoding: "utf8",
    timeout: 20000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error && r.error.code === "ETIMEDOUT") return { transcript: r.stdout + "<timed out>\n", refused: false, stderr: "" };
  if (r.error) throw r.error;
  const stderr = r.stderr || "";
  if (r.status === 1 && /cannot be played/.test(stderr)) return { refused: true, stderr, transcript: "" };
  let transcript = r.stdout;
  if (r.status !== 0) transcript += (transcript.endsWith("\n") || transcript === "" ? "" : "\n") + "<runtime error>\n";
  return { transcript, refused: false, stderr };
}

/** inkjs's transcript, with the error marker on a line of its own as weave's. */
function withError(p) {
  if (!p.errors.length) return p.transcript;
  return p.transcript + (p.transcript === "" || p.transcript.endsWith("\n") ? "" : "\n") + "<runtime error>\n";
}

function firstDifference(a, b) {
  const la = lines(a);
  const lb = lines(b);
  const n = Math.max(la.length, lb.length);
  for (let i = 0; i < n; i++) {
    if (la[i] !== lb[i]) return { line: i + 1, inkjs: la[i], weave: lb[i], before: i > 0 ? la[i - 1] : undefined };
  }
  return null;
}

function classify(known, story, diff) {
  const named = matching(known.pending, story, diff);
  if (named) return named;
  // Recorded but not fixed: still unexplained, under the name of its case.
  const recorded = matching(known.unexplained || [], story, diff);
  return recorded ? `unexplained: ${recorded}` : "unexplained";
}

/** The id of the first entry whose every condition holds, or null. */
function matching(entries, story, diff) {
  const source = Object.values(story.files).join("\n");
  for (const entry of entries) {
    if (entry.fixed) continue;
    let ok = true;
    for (const re of entry.source || []) ok &&= new RegExp(re, "mu").test(source);
    if (entry.inkjsError) ok &&= diff.inkjsErrors.some((e) => new RegExp(entry.inkjsError, "u").test(e));
    if (entry.weaveError) ok &&= new RegExp(entry.weaveError, "u").test(diff.weaveStderr || "");
    if (entry.line) {
      const re = new RegExp(entry.line, "u");
      ok &&= [diff.at?.inkjs, diff.at?.weave].some((l) => l !== undefined && re.test(l.replace(/^\?> /, "")));
    }
    if (entry.random) ok &&= diff.random === true;
    if (entry.spacesOnly) {
      const squash = (l) => (l || "").replace(/\s+/g, "");
      ok &&= diff.at.inkjs !== undefined && diff.at.weave !== undefined && squash(diff.at.inkjs) === squash(diff.at.weave);
    }
    if (entry.nearTags) {
      const near = (text) => lines(text).slice(Math.max(0, diff.at.line - 3), diff.at.line + 2);
      ok &&= [...near(diff.reference), ...near(diff.actual)].some((l) => l.includes("# tags: "));
    }
    if (ok) return entry.id;
  }
  return null;
}

function sanitise(name) {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_");
}

/**
 * Compiles `story` in `dir` with inkjs (completing a documentation
 * fragment with stubs if need be), plays it along its paths on both
 * engines, and returns the first difference (or null), the story as
 * played, and whether inkjs refused it.
 */
function compareStory(o, mods, known, story, dir, stats) {
  let file = writeStory(dir, story);
  let compiled = compile(mods, file);
  for (let round = 0; compiled.errors && !story.generated && round < 2; round++) {
    const completed = completeFragment(story, compiled.errors);
    if (!completed) break;
    story = completed;
    file = writeStory(dir, story);
    compiled = compile(mods, file);
    if (!compiled.errors) stats.completed++;
  }
  if (compiled.errors) return { story, refused: true, difference: null };
  const floats0 = patchCounters.floatsReprinted;
  const plays = explore(compiled.story, {
    walks: o.walks,
    maxChoices: o.maxChoices,
    maxPaths: o.maxPaths,
    maxDepth: o.maxDepth,
    extra: story.paths,
  });
  if (patchCounters.floatsReprinted > floats0) stats.floatsReprinted++;
  if (plays.some((p) => p.random)) stats.randomStories++;
  let difference = null;
  if (story.expected !== undefined) {
    // A regression case's transcript must still be what inkjs prints.
    const given = plays.find((p) => p.kind === "given");
    const reference = withError(given);
    const at = reference === story.expected ? null : firstDifference(reference, story.expected) || { line: 0, inkjs: "(bytes)", weave: "(bytes)" };
    if (at) difference = { play: given, at, weaveStderr: "", inkjsErrors: given.errors, random: false, reference, actual: story.expected, stale: true };
  }
  for (const p of difference ? [] : plays) {
    if (p.runaway) {
      stats.runaway++;
      continue;
    }
    const skip = known.inkjs.find((k) => k.skipInkjsError && p.errors.some((e) => new RegExp(k.skipInkjsError).test(e)));
    if (skip) {
      stats.skipped[skip.id] = (stats.skipped[skip.id] || 0) + 1;
      continue;
    }
    stats.plays++;
    const w0 = Date.now();
    const weave = runWeave(o, file, p.taken);
    stats.weaveMs += Date.now() - w0;
    const reference = withError(p);
    if (weave.refused) {
      difference = { play: p, at: { line: 0, inkjs: "(plays)", weave: weave.stderr.split("\n").slice(0, 4).join(" | ") }, weaveStderr: weave.stderr, inkjsErrors: p.errors, random: p.random, reference, actual: weave.stderr };
      break;
    }
    const at = firstDifference(reference, weave.transcript);
    if (at) {
      difference = { play: p, at, weaveStderr: weave.stderr, inkjsErrors: p.errors, random: p.random, reference, actual: weave.transcript };
      break;
    }
  }
  return { story, refused: false, difference };
}

/**
 * Shrinks a differing story line by line (then the included files) while
 * inkjs still accepts it and it still differs for the same cause: what is
 * left is the regression case to write.
 */
function minimise(o, mods, known, story, dir) {
  const stats = newStats();
  const cause = (s) => {
    const r = compareStory(o, mods, known, { ...s, generated: true }, dir, stats);
    if (r.refused || !r.difference) return null;
    // The same cause and the same kind: weave refusing is not weave printing otherwise.
    const kind = r.difference.at.line === 0 ? "weave refuses" : "output differs";
    return `${r.difference.stale ? "unexplained" : classify(known, s, r.difference)} (${kind})`;
  };
  const want = cause(story);
  if (!want) return null;
  let current = story;
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of Object.keys(current.files)) {
      let lines = current.files[f].split("\n");
      for (let chunk = Math.max(1, lines.length >> 1); chunk >= 1; chunk >>= 1) {
        for (let i = 0; i + chunk <= lines.length; ) {
          const trial = { ...current, files: { ...current.files, [f]: [...lines.slice(0, i), ...lines.slice(i + chunk)].join("\n") } };
          if (cause(trial) === want) {
            current = trial;
            lines = current.files[f].split("\n");
            changed = true;
          } else i += chunk;
        }
      }
    }
  }
  // Then pieces of lines: balanced {…} and […] groups, then words.
  for (const f of Object.keys(current.files)) {
    const lines = current.files[f].split("\n");
    for (let n = 0; n < lines.length; n++) {
      for (let cut = pieces(lines[n]); cut.length > 0; ) {
        const [from, to] = cut.shift();
        const line = lines[n].slice(0, from) + lines[n].slice(to);
        const trial = { ...current, files: { ...current.files, [f]: [...lines.slice(0, n), line, ...lines.slice(n + 1)].join("\n") } };
        if (cause(trial) === want) {
          current = trial;
          lines[n] = line;
          cut = pieces(line);
        }
      }
    }
  }
  return { story: current, cause: want };
}

/** Spans of a line worth trying to delete: balanced groups, then words. */
function pieces(line) {
  const spans = [];
  const stack = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "{" || line[i] === "[") stack.push(i);
    else if ((line[i] === "}" || line[i] === "]") && stack.length) spans.push([stack.pop(), i + 1]);
  }
  for (const m of line.matchAll(/ +[^\s{}\[\]|]+/g)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}

/** Runs `o.jobs` copies of this script on shards of the stories; merges their figures. */
async function runJobs(o, argv) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "weave-differential-jobs-"));
  const args = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--jobs" || argv[i] === "--json") i++;
    else args.push(argv[i]);
  }
  const started = Date.now();
  fs.rmSync(path.join(o.out, "failures"), { recursive: true, force: true });
  const codes = await Promise.all(
    Array.from({ length: o.jobs }, (_, j) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args, "--shard", `${j}/${o.jobs}`, "--json", path.join(tmp, `${j}.json`)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      // Each shard's summary is merged below; its difference lines pass through.
      let buffered = "";
      child.stdout.on("data", (chunk) => {
        buffered += chunk;
        const cut = buffered.lastIndexOf("\n");
        if (cut < 0) return;
        for (const line of buffered.slice(0, cut).split("\n")) if (!/^(differential:|  \S+: \d+ stories|  total:|  differences saved|$)/.test(line)) process.stdout.write(line + "\n");
        buffered = buffered.slice(cut + 1);
      });
      return new Promise((resolve) => child.on("close", resolve));
    }),
  );
  if (codes.some((c) => c === 2)) return 2;
  const groups = new Map();
  for (let j = 0; j < o.jobs; j++) {
    const part = JSON.parse(fs.readFileSync(path.join(tmp, `${j}.json`), "utf8"));
    for (const [g, st] of Object.entries(part.groups)) {
      const into = groups.get(g) || newStats();
      for (const [k, v] of Object.entries(st)) {
        if (typeof v === "number") into[k] += v;
        else for (const [c, n] of Object.entries(v)) into[k][c] = (into[k][c] || 0) + n;
      }
      groups.set(g, into);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return summarise(o, groups, (Date.now() - started) / 1000);
}

function newStats() {
  return { stories: 0, identical: 0, differing: {}, inkjsRefused: 0, completed: 0, plays: 0, randomStories: 0, floatsReprinted: 0, runaway: 0, skipped: {}, ms: 0, weaveMs: 0 };
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`differential: ${e.message}\n`);
    return 2;
  }
  if (o.install) {
    loadInkjs(o.cache);
    process.stdout.write(`differential: inkjs ${INKJS_VERSION} is in ${o.cache}\n`);
    return 0;
  }
  if (o.jobs > 1 && !o.shard && !o.emit) return runJobs(o, process.argv.slice(2));
  if (o.emit) {
    const [name, dir] = o.emit;
    const story = [...stories({ ...o, sources: ["proof", "docs", "ld41", "cases", "generated"] })].find((s) => s.name === name);
    if (!story) {
      process.stderr.write(`differential: no story named ${name}\n`);
      return 2;
    }
    process.stdout.write(`${writeStory(dir, story)}\n`);
    return 0;
  }
  if (!fs.existsSync(o.weave)) {
    process.stderr.write(`differential: no weave binary at ${o.weave} (cargo build, or --weave BIN)\n`);
    return 2;
  }
  const known = JSON.parse(fs.readFileSync(path.join(here, "known.json"), "utf8"));
  const mods = loadInkjs(o.cache);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "weave-differential-"));
  if (o.minimise) {
    const story = [...stories({ ...o, sources: ["proof", "docs", "ld41", "cases", "generated"] })].find((s) => s.name === o.minimise);
    if (!story) throw new Error(`no story named ${o.minimise}`);
    const small = minimise(o, mods, known, story, path.join(tmp, "m"));
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!small) {
      process.stdout.write(`${o.minimise} does not differ\n`);
      return 0;
    }
    const keep = path.join(o.out, "minimised", sanitise(o.minimise));
    fs.rmSync(keep, { recursive: true, force: true });
    writeStory(keep, small.story);
    for (const [f, text] of Object.entries(small.story.files)) process.stdout.write(`--- ${f} (${small.cause})\n${text}\n`);
    process.stdout.write(`saved: ${keep}\n`);
    return 0;
  }
  const failures = path.join(o.out, "failures");
  if (!o.shard) fs.rmSync(failures, { recursive: true, force: true });
  const started = Date.now();
  const groups = new Map();
  const unexplained = [];
  let index = 0;
  try {
    let position = 0;
    for (let story of stories(o)) {
      if (o.shard && position++ % o.shard.n !== o.shard.j) continue;
      if (o.only && !o.only.split(",").includes(story.name)) continue;
      const g = groupOf(story.name);
      if (!groups.has(g)) {
        groups.set(g, newStats());
      }
      const stats = groups.get(g);
      const t0 = Date.now();
      stats.stories++;
      const dir = path.join(tmp, String(index++));
      const result = compareStory(o, mods, known, story, dir, stats);
      story = result.story;
      const difference = result.difference;
      if (result.refused) {
        stats.inkjsRefused++;
        stats.ms += Date.now() - t0;
        fs.rmSync(dir, { recursive: true, force: true });
        continue;
      }
      stats.ms += Date.now() - t0;
      if (!difference) {
        stats.identical++;
        fs.rmSync(dir, { recursive: true, force: true });
        continue;
      }
      const cause = difference.stale ? "unexplained" : classify(known, story, difference);
      stats.differing[cause] = (stats.differing[cause] || 0) + 1;
      const keep = path.join(failures, cause, sanitise(story.name));
      writeStory(keep, story);
      const report = [
        `story: ${story.name}`,
        `cause: ${cause}`,
        `path (1-based choices, ${difference.play.kind}): ${difference.play.taken.map((c) => c + 1).join(",") || "(none)"}`,
        `first difference at line ${difference.at.line}`,
        `  inkjs: ${JSON.stringify(difference.at.inkjs)}`,
        `  weave: ${JSON.stringify(difference.at.weave)}`,
        difference.inkjsErrors.length ? `inkjs errors: ${difference.inkjsErrors.join(" | ")}` : "",
        "--- inkjs transcript",
        difference.reference,
        "--- weave transcript",
        difference.actual,
        difference.weaveStderr ? `--- weave stderr\n${difference.weaveStderr}` : "",
      ].join("\n");
      fs.writeFileSync(path.join(keep, "difference.txt"), report);
      if (cause.startsWith("unexplained")) {
        unexplained.push(story.name);
        if (!o.quiet || unexplained.length <= 20) {
          process.stdout.write(
            `DIFFERENT ${story.name}: path ${difference.play.taken.map((c) => c + 1).join(",") || "(none)"} (${difference.play.kind}), line ${difference.at.line}\n` +
              `  inkjs: ${JSON.stringify(difference.at.inkjs)}\n  weave: ${JSON.stringify(difference.at.weave)}\n  saved: ${keep}\n`,
          );
        }
      } else if (!o.quiet) {
        process.stdout.write(`known (${cause}) ${story.name}\n`);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return summarise(o, groups, (Date.now() - started) / 1000);
}

/** Prints the figures per source and in total; the exit status. */
function summarise(o, groups, seconds) {
  const total = { stories: 0, identical: 0, differing: 0, unexplained: 0, inkjsRefused: 0 };
  process.stdout.write(`\ndifferential: inkjs 2.4.0 against ${path.relative(repo, o.weave) || o.weave}\n`);
  for (const [g, s] of groups) {
    const diffs = Object.entries(s.differing).sort((a, b) => b[1] - a[1]);
    const n = diffs.reduce((t, [, c]) => t + c, 0);
    total.stories += s.stories;
    total.identical += s.identical;
    total.differing += n;
    total.unexplained += diffs.filter(([c]) => c.startsWith("unexplained")).reduce((t, [, k]) => t + k, 0);
    total.inkjsRefused += s.inkjsRefused;
    process.stdout.write(
      `  ${g}: ${s.stories} stories, ${s.identical} identical, ${n} differing${diffs.length ? ` (${diffs.map(([c, k]) => `${c} ${k}`).join(", ")})` : ""}, ` +
        `${s.inkjsRefused} refused by inkjs${s.completed ? `, ${s.completed} fragments completed with stubs` : ""}; ${s.plays} plays; ` +
        `normalised: ${s.floatsReprinted} with floats reprinted, ${s.randomStories} drawing random numbers (System.Random)` +
        `${s.runaway ? `; ${s.runaway} plays skipped (inkjs ran away)` : ""}` +
        `${Object.entries(s.skipped).map(([id, k]) => `; ${k} plays skipped (${id})`).join("")}; ${(s.ms / 1000).toFixed(1)} s (weave ${(s.weaveMs / 1000).toFixed(1)} s)\n`,
    );
  }
  process.stdout.write(
    `  total: ${total.stories} stories, ${total.identical} identical, ${total.differing} differing (${total.unexplained} unexplained), ${total.inkjsRefused} refused by inkjs, ${seconds.toFixed(1)} s\n`,
  );
  if (total.differing > 0) process.stdout.write(`  differences saved under ${path.join(o.out, "failures")}\n`);
  if (o.json) fs.writeFileSync(o.json, JSON.stringify({ seconds, total, groups: Object.fromEntries(groups) }, null, 2));
  return total.unexplained > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`differential: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  },
);
