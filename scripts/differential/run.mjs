#!/usr/bin/env node
// The differential harness: plays stories on inkjs 2.4.0 (the reference,
// made to follow inklecate where inkjs differs from it: known.json) and on
// the real `weave` binary in plain mode, along the same choice paths, and
// reports the first line where they differ. See README.md, "Differential
// testing against inkjs".
//
// Usage: node scripts/differential/run.mjs [--sources proof,docs,ld41,cases,generated]
//   [--generated N] [--seed S] [--walks K] [--max-choices N] [--max-paths N]
//   [--max-depth N] [--weave BIN] [--cache DIR] [--only NAME] [--emit NAME DIR]
//   [--json FILE] [--quiet]
// Exit status: 0 when no difference is unexplained, 1 when one is, 2 on a
// failure of the harness itself.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile, loadInkjs, patchCounters } from "./inkjs.mjs";
import { explore } from "./paths.mjs";
import { completeFragment, generated, inkProof, markdownExamples, regressionCases, singleFile } from "./sources.mjs";

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
    json: null,
    quiet: false,
  };
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
    if (a === "--sources") o.sources = next().split(",");
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
    else if (a === "--json") o.json = path.resolve(next());
    else if (a === "--quiet") o.quiet = true;
    else throw new Error(`unknown argument ${a}`);
  }
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
}

function groupOf(name) {
  return name.split(/[/:]/)[0];
}

function writeStory(dir, story) {
  fs.mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(story.files)) fs.writeFileSync(path.join(dir, f), text);
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
  const source = Object.values(story.files).join("\n");
  for (const entry of known.pending) {
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
      ok &&= [...near(diff.reference), ...near(diff.actual)].some((l) => /^(\?> )?# tags: /.test(l));
    }
    if (ok) return entry.id;
  }
  return "unexplained";
}

function sanitise(name) {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_");
}

function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`differential: ${e.message}\n`);
    return 2;
  }
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
  const failures = path.join(o.out, "failures");
  fs.rmSync(failures, { recursive: true, force: true });
  const started = Date.now();
  const groups = new Map();
  const unexplained = [];
  let index = 0;
  try {
    for (let story of stories(o)) {
      if (o.only && story.name !== o.only) continue;
      const g = groupOf(story.name);
      if (!groups.has(g)) {
        groups.set(g, { stories: 0, identical: 0, differing: {}, inkjsRefused: 0, completed: 0, plays: 0, randomStories: 0, floatsReprinted: 0, runaway: 0, skipped: {}, ms: 0 });
      }
      const stats = groups.get(g);
      const t0 = Date.now();
      stats.stories++;
      const dir = path.join(tmp, String(index++));
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
      if (compiled.errors) {
        stats.inkjsRefused++;
        stats.ms += Date.now() - t0;
        fs.rmSync(dir, { recursive: true, force: true });
        continue;
      }
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
        const weave = runWeave(o, file, p.taken);
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
      if (cause === "unexplained") {
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
  const seconds = (Date.now() - started) / 1000;
  const total = { stories: 0, identical: 0, differing: 0, unexplained: 0, inkjsRefused: 0 };
  process.stdout.write(`\ndifferential: inkjs 2.4.0 against ${path.relative(repo, o.weave) || o.weave}\n`);
  for (const [g, s] of groups) {
    const diffs = Object.entries(s.differing).sort((a, b) => b[1] - a[1]);
    const n = diffs.reduce((t, [, c]) => t + c, 0);
    total.stories += s.stories;
    total.identical += s.identical;
    total.differing += n;
    total.unexplained += s.differing.unexplained || 0;
    total.inkjsRefused += s.inkjsRefused;
    process.stdout.write(
      `  ${g}: ${s.stories} stories, ${s.identical} identical, ${n} differing${diffs.length ? ` (${diffs.map(([c, k]) => `${c} ${k}`).join(", ")})` : ""}, ` +
        `${s.inkjsRefused} refused by inkjs${s.completed ? `, ${s.completed} fragments completed with stubs` : ""}; ${s.plays} plays; ` +
        `normalised: ${s.floatsReprinted} with floats reprinted, ${s.randomStories} drawing random numbers (System.Random)` +
        `${s.runaway ? `; ${s.runaway} plays skipped (inkjs ran away)` : ""}` +
        `${Object.entries(s.skipped).map(([id, k]) => `; ${k} plays skipped (${id})`).join("")}; ${(s.ms / 1000).toFixed(1)} s\n`,
    );
  }
  process.stdout.write(
    `  total: ${total.stories} stories, ${total.identical} identical, ${total.differing} differing (${total.unexplained} unexplained), ${total.inkjsRefused} refused by inkjs, ${seconds.toFixed(1)} s\n`,
  );
  if (total.differing > 0) process.stdout.write(`  differences saved under ${failures}\n`);
  if (o.json) fs.writeFileSync(o.json, JSON.stringify({ seconds, total, groups: Object.fromEntries(groups) }, null, 2));
  return total.unexplained > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`differential: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 2;
}
