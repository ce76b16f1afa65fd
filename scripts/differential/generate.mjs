// A generator of random valid ink stories for the differential harness:
// weaves of choices and gathers with nesting, glue, tags in every position,
// whitespace around labels, inline and multi-line conditionals, every
// sequence form, tunnels, threads, functions, LISTs and INCLUDEs.
// `generate(seed)` always returns the same files for the same seed.
//
// Validity rules it keeps (so inkjs refuses few stories):
// - the flow without choices only diverts forward (to a later knot, END or
//   DONE), so a story cannot loop without asking the reader; a choice body
//   may divert back, which makes knots be revisited;
// - every choice set offers an unconditional sticky choice or a fallback,
//   so a revisited set is never empty; every set is followed by a gather or
//   has a divert at the end of each choice;
// - temporaries are declared at the top of a knot before any use; numbers
//   stay numbers and strings stay strings.

/** mulberry32: a small seeded generator, so stories do not depend on Math.random. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
  return r;
}

const WORDS = ["lamp", "door", "fog", "rope", "tide", "Ada", "salt", "glass", "bell", "north", "quiet", "amber", "oak", "river", "ash", "ten", "moth", "key"];

class Gen {
  constructor(seed) {
    this.r = rng(seed);
    const r = this.r;
    this.ints = ["v0", "v1"].slice(0, r.int(1, 2));
    this.hasBool = r.chance(0.7);
    this.hasString = r.chance(0.5);
    this.hasList = r.chance(0.4);
    this.hasConst = r.chance(0.4);
    this.nKnots = r.int(2, 5);
    this.nTunnels = r.int(0, 2);
    this.hasThread = r.chance(0.35);
    this.nFunctions = r.int(0, 3);
    this.include = r.chance(0.25);
    this.labels = 0;
    this.tags = 0;
    this.knotStitches = [];
  }

  words(lo = 1, hi = 3) {
    const n = this.r.int(lo, hi);
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.r.pick(WORDS));
    return out.join(" ");
  }

  tag() {
    this.tags++;
    return this.r.pick([`#t${this.tags}`, `# t${this.tags}`, `#t${this.tags} ${this.r.pick(WORDS)}`]);
  }

  intExpr(depth = 0) {
    const r = this.r;
    const atoms = [...this.ints, String(r.int(0, 9))];
    if (this.hasConst) atoms.push("C0");
    if (this.temps && this.temps.length) atoms.push(...this.temps);
    if (depth > 1 || r.chance(0.4)) return r.pick(atoms);
    const op = r.pick(["+", "-", "*", "/", "%", "mod"]);
    const right = op === "/" || op === "%" || op === "mod" ? String(r.int(1, 5)) : this.intExpr(depth + 1);
    // ink's % and mod bind tighter than /: `x / 4 % 2` is x / (4 % 2), a
    // division by zero; a compound left side of them gets parentheses.
    let left = this.intExpr(depth + 1);
    if ((op === "%" || op === "mod") && /\s/.test(left) && !left.startsWith("(")) left = `(${left})`;
    const e = `${left} ${op} ${right}`;
    return r.chance(0.3) ? `(${e})` : e;
  }

  boolExpr(inline = true) {
    const r = this.r;
    const forms = [
      () => `${this.intExpr(1)} ${r.pick([">", "<", ">=", "<=", "==", "!="])} ${r.int(0, 6)}`,
      () => `k${r.int(0, this.nKnots - 1)}`,
      () => `k${r.int(0, this.nKnots - 1)} > 1`,
    ];
    if (this.hasBool) forms.push(() => "b0", () => "not b0");
    if (this.hasString) forms.push(() => `name0 == "${r.pick(WORDS)}"`);
    if (this.hasList) forms.push(() => `mood ? ${r.pick(["calm", "tense", "angry"])}`, () => "mood");
    const e = r.pick(forms)();
    if (r.chance(0.2)) return `${e} ${r.pick(inline ? ["and", "or"] : ["and", "or", "&&", "||"])} ${r.pick(forms)()}`;
    return e;
  }

  /** Inline content: text with logic, never starting or ending a line's markup wrongly. */
  inline(depth = 0) {
    const r = this.r;
    const parts = [];
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const k = depth > 1 ? 0 : r.int(0, 12);
      if (k <= 3) parts.push(this.words());
      else if (k === 4) parts.push(`{${this.intExpr()}}`);
      else if (k === 5) parts.push(`{${this.boolExpr()}: ${this.inline(depth + 1)}${r.chance(0.6) ? `|${this.inline(depth + 1)}` : ""}}`);
      else if (k === 6) {
        const sym = r.pick(["", "&", "!", "~", "", "&"]);
        const branches = [];
        // An empty branch only last: `{a||b}` would read as `a || b`.
        for (let b = r.int(2, 3); b > 0; b--) branches.push(b === 1 && r.chance(0.2) ? "" : this.inline(depth + 1));
        parts.push(`{${sym}${branches.join("|")}}`);
      } else if (k === 7 && this.nFunctions > 0) parts.push(`{f${r.int(0, this.nFunctions - 1)}(${this.intExpr(1)})}`);
      else if (k === 8) parts.push(`{k${r.int(0, this.nKnots - 1)}}`);
      else if (k === 9 && this.hasString) parts.push(r.pick(["{name0}", `{name0 + " ${r.pick(WORDS)}"}`]));
      else if (k === 10 && this.hasList) parts.push(r.pick(["{mood}", "{LIST_COUNT(mood)}", "{LIST_VALUE(LIST_MAX(mood))}", "{mood ? calm: calm}"]));
      else if (k === 11 && this.hasBool) parts.push("{b0}");
      else if (k === 12 && r.chance(0.3)) parts.push(`{${this.ints[0]} / ${r.pick(["2.0", "3.0", "4"])}}`);
      else parts.push(this.words());
    }
    return parts.join(r.pick([" ", " ", ", "]));
  }

  textLine(ind) {
    const r = this.r;
    let line = this.inline();
    if (r.chance(0.12)) line = `<> ${line}`;
    if (r.chance(0.15)) line += " <>";
    else if (r.chance(0.25)) line += ` ${this.tag()}`;
    if (r.chance(0.08)) line += ` ${this.tag()}`;
    return `${ind}${line}`;
  }

  logicLine(ind) {
    const r = this.r;
    const v = r.pick(this.ints);
    const forms = [
      () => `~ ${v} = ${this.intExpr()}`,
      () => `~ ${v}++`,
      () => `~ ${v} += ${r.int(1, 3)}`,
      () => `~ ${v} -= 1`,
    ];
    if (this.hasBool) forms.push(() => "~ b0 = not b0", () => `~ b0 = ${this.boolExpr()}`);
    if (this.hasString) forms.push(() => `~ name0 = "${r.pick(WORDS)}"`);
    if (this.hasList) forms.push(() => `~ mood += ${r.pick(["calm", "tense", "angry"])}`, () => `~ mood -= ${r.pick(["calm", "tense", "angry"])}`, () => "~ mood = LIST_ALL(mood)");
    if (this.nFunctions > 0) forms.push(() => `~ ${v} = f${r.int(0, this.nFunctions - 1)}(${this.intExpr(1)})`);
    if (this.hasRef) forms.push(() => `~ bump(${v})`);
    return `${ind}${r.pick(forms)()}`;
  }

  label(prefix) {
    const name = `${prefix}${++this.labels}`;
    return { name, text: this.r.pick([`(${name})`, `(${name})`, `( ${name} )`, `(${name} )`]) };
  }

  /** A forward divert target from knot `i` (or END/DONE). */
  forward(i) {
    const r = this.r;
    const targets = ["END", "END"];
    for (let j = i + 1; j < this.nKnots; j++) {
      targets.push(`k${j}`, `k${j}`);
      if (this.knotStitches[j] > 0) targets.push(`k${j}.st${r.int(0, this.knotStitches[j] - 1)}`);
    }
    if (r.chance(0.1)) targets.push("DONE");
    return r.pick(targets);
  }

  anyKnot() {
    return `k${this.r.int(0, this.nKnots - 1)}`;
  }

  /** A block of content at choice depth `level`; `ctx` says where it is. */
  block(ctx, level, budget, out) {
    const r = this.r;
    const ind = "    ".repeat(level) + (r.chance(0.2) ? "  " : "");
    const n = r.int(1, Math.max(1, budget));
    for (let i = 0; i < n; i++) {
      const k = r.int(0, 20);
      if (k <= 6) out.push(this.textLine(ind));
      else if (k <= 8) out.push(this.logicLine(ind));
      else if (k === 9 && r.chance(0.2)) out.push(`${ind}${this.tag()}`);
      else if (k === 10) this.multiCond(ind, out);
      else if (k === 11) this.multiSeq(ind, out);
      else if (k === 12 && this.nTunnels > 0 && !ctx.inTunnel) {
        const t = r.int(0, this.nTunnels - 1);
        out.push(r.chance(0.5) ? `${ind}-> t${t} ->` : `${ind}${this.inline()} -> t${t} ->`);
      } else if (k >= 13 && level < 3 && budget > 1) {
        this.choiceSet(ctx, level, budget - 1, out, ind);
      } else out.push(this.textLine(ind));
    }
  }

  multiCond(ind, out) {
    const r = this.r;
    const line = () => (r.chance(0.8) ? this.textLine(`${ind}    `) : this.logicLine(`${ind}    `));
    const form = r.int(0, 2);
    if (form === 0) {
      out.push(`${ind}{ ${this.boolExpr(false)}:`);
      out.push(line());
      if (r.chance(0.6)) {
        out.push(`${ind}- else:`);
        out.push(line());
      }
      out.push(`${ind}}`);
    } else if (form === 1) {
      out.push(`${ind}{`);
      for (let b = r.int(1, 3); b > 0; b--) {
        out.push(`${ind}- ${this.boolExpr(false)}:`);
        out.push(line());
      }
      if (r.chance(0.5)) out.push(`${ind}- else:`, line());
      out.push(`${ind}}`);
    } else {
      out.push(`${ind}{ ${r.pick(this.ints)}:`);
      const seen = new Set();
      for (let b = r.int(1, 3); b > 0; b--) {
        const v = r.int(0, 4);
        if (seen.has(v)) continue;
        seen.add(v);
        out.push(`${ind}- ${v}:`, line());
      }
      if (r.chance(0.5)) out.push(`${ind}- else:`, line());
      out.push(`${ind}}`);
    }
  }

  multiSeq(ind, out) {
    const r = this.r;
    const kind = r.pick(["stopping", "cycle", "once", "shuffle", "shuffle once", "shuffle stopping", "stopping", "cycle"]);
    out.push(`${ind}{${kind}:`);
    for (let b = r.int(2, 3); b > 0; b--) {
      out.push(`${ind}    - ${r.chance(0.15) ? "" : this.inline()}`.trimEnd());
    }
    out.push(`${ind}}`);
  }

  choiceLine(ctx, level, sticky, cond) {
    const r = this.r;
    const bullets = (sticky ? "+" : "*").repeat(level + 1);
    let head = bullets;
    if (r.chance(0.25)) head += ` ${this.label("c").text}`;
    if (cond) head += ` {${this.boolExpr(false)}}`;
    // Choice text starts with a word: a { there would be a condition.
    const w = () => `${this.r.pick(WORDS)} ${this.inline(1)}`;
    const t = (p) => (r.chance(p) ? ` ${this.tag()}` : "");
    const form = r.int(0, 3);
    let text;
    if (form === 0) text = `${w()}${t(0.15)}`;
    else if (form === 1) text = `[${w()}${t(0.15)}]`;
    else if (form === 2) text = `${w()}${t(0.1)} [${w()}${t(0.1)}] ${w()}${t(0.15)}`;
    else text = `${w()} []${r.chance(0.5) ? ` ${w()}` : ""}`;
    return `${head} ${text}`;
  }

  /** One choice set (with its bodies), then a gather unless every choice diverts. */
  choiceSet(ctx, level, budget, out, ind) {
    const r = this.r;
    if (this.hasThread && !ctx.inTunnel && !ctx.inThread && level === 0 && r.chance(0.3)) out.push(`${ind}<- th0`);
    const n = r.int(1, 3);
    const gather = ctx.inTunnel || r.chance(0.7);
    for (let c = 0; c < n; c++) {
      const last = c === n - 1;
      // The last choice keeps the set from ever being empty.
      const sticky = last ? true : r.chance(0.3);
      const cond = !last && r.chance(0.3);
      let line = this.choiceLine(ctx, level, sticky, cond);
      const divertHere = !gather && r.chance(0.4);
      if (divertHere) line += ` -> ${this.choiceDivert(ctx)}`;
      out.push(`${ind}${line}`);
      if (!divertHere) {
        if (r.chance(0.7)) this.block(ctx, level + 1, budget - 1, out);
        if (!gather) out.push(`${ind}    -> ${this.choiceDivert(ctx)}`);
      }
    }
    if (!gather && r.chance(0.3) && !ctx.inTunnel) {
      out.push(`${ind}${"*".repeat(level + 1)} -> ${this.forward(ctx.knot)}`);
    }
    if (gather) {
      let g = `${ind}${"-".repeat(level + 1)}`;
      if (r.chance(0.35)) g += ` ${this.label("g").text}`;
      if (r.chance(0.5)) g += ` ${this.inline()}`;
      if (r.chance(0.15)) g += ` ${this.tag()}`;
      out.push(g.replace(/-( ?)$/, "-"));
    }
  }

  /** Where a choice body may go: forward, or back to any knot (a turn passed). */
  choiceDivert(ctx) {
    if (ctx.inThread) return this.forward(-1);
    return this.r.chance(0.35) ? this.anyKnot() : this.forward(ctx.knot);
  }

  knot(i, out) {
    const r = this.r;
    const ctx = { knot: i };
    out.push(r.pick([`=== k${i} ===`, `== k${i}`, `=== k${i}`, `==k${i}==`]));
    if (r.chance(0.1)) out.push(this.tag());
    this.temps = [];
    if (r.chance(0.3)) {
      out.push(`~ temp tmp${i} = ${this.intExpr()}`);
      this.temps.push(`tmp${i}`);
    }
    this.block(ctx, 0, 4, out);
    // A stitch does not see its knot's temporaries.
    this.temps = [];
    const stitches = this.knotStitches[i];
    if (stitches > 0) {
      out.push(`-> st0`);
      for (let s = 0; s < stitches; s++) {
        out.push(r.pick([`= st${s}`, `=st${s}`, `=  st${s}`]));
        this.block(ctx, 0, 3, out);
        out.push(s + 1 < stitches && r.chance(0.5) ? `-> st${s + 1}` : `-> ${this.forward(i)}`);
      }
    } else {
      out.push(`-> ${this.forward(i)}`);
    }
    this.temps = [];
    out.push("");
  }

  tunnel(i, out) {
    const r = this.r;
    const ctx = { knot: this.nKnots, inTunnel: true };
    out.push(`=== t${i} ===`);
    this.block(ctx, 0, 3, out);
    if (i + 1 < this.nTunnels && r.chance(0.4)) out.push(`-> t${i + 1} ->`);
    out.push(r.chance(0.3) ? `${this.inline()} ->->` : "->->");
    out.push("");
  }

  thread(out) {
    const r = this.r;
    out.push("=== th0 ===");
    if (r.chance(0.5)) out.push(this.textLine(""));
    const n = r.int(1, 2);
    for (let c = 0; c < n; c++) {
      out.push(`${this.choiceLine({ inThread: true }, 0, r.chance(0.3), false)} -> ${this.forward(-1)}`);
    }
    out.push("- -> DONE");
    out.push("");
  }

  functions(out) {
    const r = this.r;
    for (let f = 0; f < this.nFunctions; f++) {
      out.push(`=== function f${f}(x) ===`);
      const form = r.int(0, 3);
      if (form === 0) out.push(`~ return x * ${r.int(1, 4)} + ${r.int(0, 3)}`);
      else if (form === 1) out.push(`{ x > ${r.int(0, 4)}:`, `    ~ return x - 1`, "- else:", `    ~ return x + ${r.int(1, 5)}`, "}");
      else if (form === 2) out.push("~ temp y = x", "~ y = y + 2", "~ return y");
      else out.push(`${this.words()} <>`, "~ return x");
      out.push("");
    }
    if (this.hasRef) out.push("=== function bump(ref x) ===", "~ x = x + 1", "");
  }

  story() {
    const r = this.r;
    this.hasRef = r.chance(0.3);
    for (let i = 0; i < this.nKnots; i++) this.knotStitches.push(r.chance(0.25) ? r.int(1, 2) : 0);
    const main = [];
    const inc = [];
    if (r.chance(0.2)) main.push(`# ${r.pick(["title", "author"])}: ${this.words()}`);
    if (this.include) main.push("INCLUDE inc0.ink");
    for (const v of this.ints) main.push(`VAR ${v} = ${r.int(0, 5)}`);
    if (this.hasBool) main.push(`VAR b0 = ${r.pick(["true", "false"])}`);
    if (this.hasString) main.push(`VAR name0 = "${r.pick(WORDS)}"`);
    if (this.hasConst) main.push(`CONST C0 = ${r.int(1, 4)}`);
    if (this.hasList) main.push(r.pick(["LIST mood = calm, (tense), angry", "LIST mood = (calm), tense, (angry)", "LIST mood = calm = 2, tense = 5, (angry)"]));
    main.push("");
    this.block({ knot: -1 }, 0, 2, main);
    main.push(`-> k0`, "");
    for (let i = 0; i < this.nKnots; i++) {
      const target = this.include && i === this.nKnots - 1 ? inc : main;
      this.knot(i, target);
    }
    for (let t = 0; t < this.nTunnels; t++) this.tunnel(t, main);
    if (this.hasThread) this.thread(main);
    this.functions(this.include ? inc : main);
    const files = { "main.ink": main.join("\n") + "\n" };
    if (this.include) files["inc0.ink"] = inc.join("\n") + "\n";
    return files;
  }
}

export function generate(seed) {
  return new Gen(seed).story();
}
