// The stories the differential harness compares: the ink-proof cases, the
// ink examples of the ink documentation, ld41-emoji, and generated stories.
// Third-party text is read from ../shared and only ever written to a
// temporary folder, never into the repository.

import fs from "node:fs";
import path from "node:path";
import { generate } from "./generate.mjs";

/** A story: `name`, `files` (relative name to text, `main.ink` first), `paths` (0-based, extra). */

export function inkProof(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((c) => /^I\d+$/.test(c))
    .sort()
    .map((c) => {
      const caseDir = path.join(dir, c);
      const files = { "main.ink": fs.readFileSync(path.join(caseDir, "story.ink"), "utf8") };
      for (const f of fs.readdirSync(caseDir)) {
        if (f.endsWith(".ink") && f !== "story.ink") files[f] = fs.readFileSync(path.join(caseDir, f), "utf8");
      }
      let input = "";
      try {
        input = fs.readFileSync(path.join(caseDir, "input.txt"), "utf8");
      } catch {
        input = "";
      }
      const given = input
        .split(/\r?\n/)
        .filter((l) => /^\d+$/.test(l.trim()))
        .map((l) => Number(l.trim()) - 1);
      return { name: `ink-proof/${c}`, files, paths: [given] };
    });
}

/**
 * The ink examples of a markdown file: its indented code blocks (a tab or
 * four spaces, after a blank line) and its fenced blocks without a language
 * or marked `ink`. Line endings become `\n`.
 */
export function markdownExamples(file, label) {
  if (!fs.existsSync(file)) return [];
  const lines = fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n").split("\n");
  const blocks = [];
  let i = 0;
  let inList = false;
  while (i < lines.length) {
    const line = lines[i];
    const fence = line.match(/^```\s*(\w*)\s*$/);
    if (fence) {
      const lang = fence[1];
      const start = i + 1;
      i++;
      while (i < lines.length && !/^```\s*$/.test(lines[i])) i++;
      if (lang === "" || lang === "ink") blocks.push({ line: start + 1, text: lines.slice(start, i).join("\n") });
      i++;
      continue;
    }
    const indented = /^(\t| {4})/.test(line);
    const blankBefore = i === 0 || lines[i - 1].trim() === "";
    if (indented && blankBefore && !inList && line.trim() !== "") {
      const start = i;
      const body = [];
      while (i < lines.length && (/^(\t| {4})/.test(lines[i]) || lines[i].trim() === "")) {
        body.push(lines[i].replace(/^(\t| {4})/, ""));
        i++;
      }
      while (body.length && body[body.length - 1].trim() === "") body.pop();
      blocks.push({ line: start + 1, text: body.join("\n") });
      continue;
    }
    // Indented lines right under a list item are the item's continuation.
    if (/^\s*([*+-]|\d+\.)\s+\S/.test(line) && !indented) inList = true;
    else if (line.trim() === "") inList = false;
    i++;
  }
  return blocks.map((b) => ({ name: `${label}:${b.line}`, files: { "main.ink": b.text + "\n" }, paths: [] }));
}

/**
 * The regression cases in tests/differential: `NAME.ink` played with
 * `NAME.input`; `NAME.transcript` is what inkjs printed, and the harness
 * checks it still is (weave's side is checked by tests/it/differential.rs).
 */
export function regressionCases(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ink"))
    .sort()
    .map((f) => {
      const base = path.join(dir, f.slice(0, -4));
      const read = (ext) => (fs.existsSync(base + ext) ? fs.readFileSync(base + ext, "utf8") : "");
      const given = read(".input")
        .split(/\r?\n/)
        .filter((l) => /^\d+$/.test(l.trim()))
        .map((l) => Number(l.trim()) - 1);
      return { name: `cases/${f.slice(0, -4)}`, files: { "main.ink": read(".ink") }, paths: [given], expected: read(".transcript") };
    });
}

export function singleFile(file, name) {
  if (!fs.existsSync(file)) return [];
  return [{ name, files: { "main.ink": fs.readFileSync(file, "utf8") }, paths: [] }];
}

/**
 * An ink story of the author's, `file` and every file it INCLUDEs (read
 * relative to its folder, as ink reads them), under the name `story/NAME`.
 */
export function storyFile(file) {
  const dir = path.dirname(file);
  const files = { "main.ink": fs.readFileSync(file, "utf8") };
  const todo = [files["main.ink"]];
  while (todo.length) {
    for (const m of todo.pop().matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)) {
      const rel = m[1];
      if (rel in files || !fs.existsSync(path.join(dir, rel))) continue;
      files[rel] = fs.readFileSync(path.join(dir, rel), "utf8");
      todo.push(files[rel]);
    }
  }
  return { name: `story/${path.basename(file, ".ink")}`, files, paths: [] };
}

/** `count` generated stories from `seed` on: story `k` comes from seed `seed + k`. */
export function* generated(seed, count) {
  for (let k = 0; k < count; k++) {
    const s = seed + k;
    yield { name: `generated/${s}`, files: generate(s), paths: [], generated: true };
  }
}

/**
 * Documentation examples are fragments: they divert to knots and read
 * variables defined elsewhere. Given inkjs's errors, returns the story
 * completed with a stub for each missing divert target and a VAR for each
 * unresolved variable, or null when nothing can be completed.
 */
export function completeFragment(story, errors) {
  const knots = new Set();
  const vars = new Set();
  for (const e of errors) {
    const d = e.match(/Divert target not found: '-> ([A-Za-z_]\w*)'/);
    if (d) knots.add(d[1]);
    const v = e.match(/Unresolved variable: ([A-Za-z_]\w*)/);
    if (v) vars.add(v[1]);
  }
  if (knots.size === 0 && vars.size === 0) return null;
  let main = story.files["main.ink"];
  const head = [...vars].map((v) => `VAR ${v} = 0\n`).join("");
  const tail = [...knots].map((k) => `\n=== ${k} ===\nStub ${k}.\n-> END\n`).join("");
  main = head + main + tail;
  return { ...story, name: `${story.name} (completed)`, files: { ...story.files, "main.ink": main } };
}
