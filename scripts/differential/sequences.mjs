#!/usr/bin/env node
// Prints where inkjs 2.4.0's compiler puts a story's sequences: the path of
// each sequence's container in the compiled story and the hash ink seeds
// its shuffles with (the sum of the path's UTF-16 code units), one a line,
// `PATH HASH KIND`. With --tree, prints the whole compiled container tree,
// every object with its index, to see what ink's code generation makes of
// a construct (weave's compile::ink_path counts those objects).
//
// Usage: node scripts/differential/sequences.mjs [--tree] [--cache DIR] FILE.ink
// (FILE `-` reads the story from stdin; INCLUDEs are relative to FILE.)

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile, loadInkjs } from "./inkjs.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");

/** The hash ink gives a sequence container at `p`. */
export function pathHash(p) {
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum = (sum + p.charCodeAt(i)) | 0;
  return sum;
}

/** Whether `obj` (a runtime object) is a control command named `name`. */
function isCommand(mods, obj, type) {
  return obj instanceof mods.ControlCommand && obj.commandType === type;
}

/** Whether container `c` is a sequence's: it opens with `ev`, `visit`. */
function isSequence(mods, c) {
  const CT = mods.ControlCommand.CommandType;
  return (
    c.content.length > 1 && isCommand(mods, c.content[0], CT.EvalStart) && isCommand(mods, c.content[1], CT.VisitIndex)
  );
}

/**
 * Every sequence container in `story` (a runtime Story), in the order of a
 * depth-first walk: `{ path, hash, shuffle }`. A sequence's container opens
 * with `ev`, `visit`; a shuffle's holds `seq`.
 */
export function sequences(mods, story) {
  const CT = mods.ControlCommand.CommandType;
  const found = [];
  const walk = (c) => {
    const content = c.content;
    if (isSequence(mods, c)) {
      const shuffle = content.some((o) => isCommand(mods, o, CT.SequenceShuffleIndex));
      const p = c.path.toString();
      found.push({ path: p, hash: pathHash(p), shuffle });
    }
    for (const o of content) if (o instanceof mods.Container) walk(o);
    if (c.namedContent) {
      for (const [, o] of c.namedContent) {
        if (o instanceof mods.Container && !content.includes(o)) walk(o);
      }
    }
  };
  walk(story.mainContentContainer);
  return found;
}

/** The compiled tree as indented lines: `index: object`. */
function tree(mods, story) {
  const lines = [];
  const show = (o) => {
    const w = new mods.SimpleJson.Writer();
    try {
      w.WriteArrayStart();
      mods.JsonSerialisation.WriteRuntimeObject(w, o);
      w.WriteArrayEnd();
      return w.toString().slice(1, -1);
    } catch {
      return String(o);
    }
  };
  const walk = (c, depth) => {
    const pad = "  ".repeat(depth);
    lines.push(`${pad}[${c.path.toString()}]${c.name ? ` name=${c.name}` : ""} flags=${c.countFlags}`);
    // A sequence's own code (its counter and jump table) is left out.
    const sequence = isSequence(mods, c);
    if (sequence) lines.push(`${pad}  (a sequence's code: ${c.content.length} objects)`);
    c.content.forEach((o, i) => {
      if (o instanceof mods.Container) walk(o, depth + 1);
      else if (!sequence) lines.push(`${pad}  ${i}: ${show(o)}`);
    });
    if (c.namedContent) {
      for (const [name, o] of c.namedContent) {
        if (o instanceof mods.Container && !c.content.includes(o)) walk(o, depth + 1);
        else if (!(o instanceof mods.Container)) lines.push(`${pad}  ${name}: ${show(o)}`);
      }
    }
  };
  walk(story.mainContentContainer, 0);
  return lines.join("\n");
}

function main(argv) {
  let cache = process.env.WEAVE_INKJS_CACHE || path.join(repo, "target", "inkjs");
  let showTree = false;
  let file = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--tree") showTree = true;
    else if (argv[i] === "--cache") cache = path.resolve(argv[++i]);
    else file = argv[i];
  }
  if (!file) {
    process.stderr.write("usage: sequences.mjs [--tree] [--cache DIR] FILE.ink\n");
    return 2;
  }
  if (file === "-") {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "weave-seq-")), "story.ink");
    fs.writeFileSync(file, fs.readFileSync(0, "utf8"));
  }
  const mods = loadInkjs(cache);
  const { story, errors } = compile(mods, file);
  if (!story) {
    for (const e of errors) process.stderr.write(`${e}\n`);
    return 1;
  }
  if (showTree) process.stdout.write(`${tree(mods, story)}\n`);
  else for (const s of sequences(mods, story)) process.stdout.write(`${s.path} ${s.hash} ${s.shuffle ? "shuffle" : "other"}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
