// The reference side of the differential harness: inkjs 2.4.0, installed
// from npm into a cache folder outside git, made to behave like inklecate
// where inkjs itself differs from it (known.json, kind "inkjs"), and played
// along choice paths into the transcript `inklecate -p` prints.

import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";

export const INKJS_VERSION = "2.4.0";

/** Installs inkjs into `cacheDir` if it is not there; returns its modules. */
export function loadInkjs(cacheDir) {
  const pkg = path.join(cacheDir, "node_modules", "inkjs", "package.json");
  let installed = null;
  try {
    installed = JSON.parse(fs.readFileSync(pkg, "utf8")).version;
  } catch {
    installed = null;
  }
  if (installed !== INKJS_VERSION) {
    fs.mkdirSync(cacheDir, { recursive: true });
    const manifest = path.join(cacheDir, "package.json");
    if (!fs.existsSync(manifest)) {
      fs.writeFileSync(manifest, '{ "name": "weave-inkjs-cache", "private": true }\n');
    }
    process.stderr.write(`differential: installing inkjs@${INKJS_VERSION} into ${cacheDir}\n`);
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent", `inkjs@${INKJS_VERSION}`], {
      cwd: cacheDir,
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
  const require = createRequire(path.join(cacheDir, "node_modules", "inkjs", "package.json"));
  const mods = {
    Compiler: require("inkjs/compiler/Compiler").Compiler,
    CompilerOptions: require("inkjs/compiler/CompilerOptions").CompilerOptions,
    PosixFileHandler: require("inkjs/compiler/FileHandler/PosixFileHandler").PosixFileHandler,
    prng: require("inkjs/engine/PRNG"),
    value: require("inkjs/engine/Value"),
    native: require("inkjs/engine/NativeFunctionCall").NativeFunctionCall,
    Container: require("inkjs/engine/Container").Container,
    ControlCommand: require("inkjs/engine/ControlCommand").ControlCommand,
    JsonSerialisation: require("inkjs/engine/JsonSerialisation").JsonSerialisation,
    SimpleJson: require("inkjs/engine/SimpleJson").SimpleJson,
  };
  patchLikeInklecate(mods);
  return mods;
}

/** Counters of where the inklecate patches changed what inkjs would do. */
export const patchCounters = { randomDraws: 0, floatsReprinted: 0, truncated: 0, divisionsByZero: 0 };

/**
 * The "inkjs" entries of known.json, applied: .NET's System.Random replaces
 * inkjs's own generator (both runtimes draw once from a generator seeded
 * with the same number, so only the generator differs), and floats print as
 * C#'s `float.ToString()` does (shortest text that round-trips a 32-bit
 * float: `0.6666667`, not `0.6666666666666666`), and integer division and
 * INT() truncate toward zero as C#'s do (inkjs floors: -1 / 2 is -1 there),
 * and an integer division or modulo by zero fails, as C#'s throws (inkjs
 * gives Infinity or NaN and plays on), and floats are 32-bit, as C#'s.
 */
function patchLikeInklecate(mods) {
  const nfc = mods.native;
  nfc.GenerateNativeFunctionsIfNecessary();
  const trunc = (x) => {
    const t = Math.trunc(x);
    if (t !== Math.floor(x)) patchCounters.truncated++;
    return t;
  };
  const nonZero = (y) => {
    if (y === 0) {
      patchCounters.divisionsByZero++;
      throw new Error("division by zero (inklecate: DivideByZeroException)");
    }
  };
  nfc.AddIntBinaryOp(nfc.Divide, (x, y) => (nonZero(y), trunc(x / y)));
  nfc.AddIntBinaryOp(nfc.Mod, (x, y) => (nonZero(y), x % y));
  nfc.AddFloatUnaryOp(nfc.Int, trunc);
  mods.prng.PRNG = class DotNetRandom {
    constructor(seed) {
      // A new StoryState seeds one from the clock (milliseconds since 1970,
      // far above 2^32); the story's own draws have seeds below 2^32.
      if (Math.abs(seed) < 2 ** 32) patchCounters.randomDraws++;
      const MBIG = 2147483647;
      const seedArray = new Int32Array(56);
      const s = seed | 0;
      const subtraction = s === -2147483648 ? MBIG : Math.abs(s);
      let mj = 161803398 - subtraction;
      seedArray[55] = mj;
      let mk = 1;
      for (let i = 1; i < 55; i++) {
        const ii = (21 * i) % 55;
        seedArray[ii] = mk;
        mk = mj - mk;
        if (mk < 0) mk += MBIG;
        mj = seedArray[ii];
      }
      for (let k = 1; k < 5; k++) {
        for (let i = 1; i < 56; i++) {
          let n = i + 30;
          if (n >= 55) n -= 55;
          seedArray[i] = (seedArray[i] - seedArray[1 + n]) | 0;
          if (seedArray[i] < 0) seedArray[i] += MBIG;
        }
      }
      this.seedArray = seedArray;
      this.inext = 0;
      this.inextp = 21;
    }
    next() {
      let a = this.inext + 1;
      if (a >= 56) a = 1;
      let b = this.inextp + 1;
      if (b >= 56) b = 1;
      let ret = (this.seedArray[a] - this.seedArray[b]) | 0;
      if (ret === 2147483647) ret--;
      if (ret < 0) ret += 2147483647;
      this.seedArray[a] = ret;
      this.inext = a;
      this.inextp = b;
      return ret;
    }
    nextFloat() {
      return this.next() / 2147483647;
    }
  };
  const { FloatValue, StringValue, ValueType } = mods.value;
  // C#'s floats are 32-bit: each value is rounded to one as it is made, so
  // each operation on them rounds as inklecate's does.
  Object.defineProperty(FloatValue.prototype, "value", {
    get() {
      return this._float32;
    },
    set(v) {
      this._float32 = typeof v === "number" ? Math.fround(v) : v;
    },
  });
  const reprint = (value) => {
    const js = "" + value;
    const cs = csharpFloat(value);
    if (cs !== js) patchCounters.floatsReprinted++;
    return cs;
  };
  const cast = FloatValue.prototype.Cast;
  FloatValue.prototype.Cast = function (newType) {
    if (newType === ValueType.String && this.value !== null) return new StringValue(reprint(this.value));
    return cast.call(this, newType);
  };
  // Output and string building print a value with toString().
  FloatValue.prototype.toString = function () {
    return reprint(this.value);
  };
}

/** C#'s `float.ToString(InvariantCulture)` (.NET Core 3.0+) of a number. */
export function csharpFloat(x) {
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
  const f = Math.fround(x);
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  for (let p = 1; p <= 9; p++) {
    const text = f.toPrecision(p);
    if (Math.fround(Number(text)) === f) {
      const [mant, exp = "0"] = Number(text).toExponential().split("e");
      const e = Number(exp);
      // E notation for very large or small magnitudes (rare in stories;
      // the threshold follows .NET's "R" rule for doubles).
      if (e >= 15 || e < -5) {
        return `${mant}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
      }
      return String(Number(text));
    }
  }
  return String(f);
}

/**
 * Compiles `file` (INCLUDEs relative to its folder). Returns `{ story }` or
 * `{ errors }`; warnings are ignored, as inklecate plays a story with them.
 */
export function compile(mods, file) {
  const errors = [];
  const source = fs.readFileSync(file, "utf8");
  const options = new mods.CompilerOptions(
    file,
    [],
    false,
    (message, type) => {
      if (type === 2) errors.push(message);
    },
    new mods.PosixFileHandler(path.dirname(file)),
  );
  let story = null;
  try {
    story = new mods.Compiler(source, options).Compile();
  } catch (e) {
    if (errors.length === 0) errors.push(`inkjs compiler threw: ${e && e.message}`);
  }
  if (errors.length > 0 || !story) return { errors: errors.length ? errors : ["compilation failed"] };
  return { story };
}

/** Limits of one playthrough on the inkjs side. */
export const PLAY_LIMITS = { maxLinesPerTurn: 5000 };

/**
 * Plays `story` from a fresh state (story seed 1) and returns the
 * transcript inklecate's `-p` player prints, with `choose(n, turn)` picking
 * a 0-based index or `null` (input closed). Also returns the path taken,
 * the choice count where it stopped, any runtime error and how many random
 * draws it made.
 */
export function play(story, choose) {
  story.ResetState();
  story.state.storySeed = 1;
  story.state.previousRandom = 0;
  const errors = [];
  story.onError = (message, type) => {
    if (type === 2) errors.push(message);
  };
  // After ResetState: a fresh state draws once itself (its time seed).
  const draws = patchCounters.randomDraws;
  let out = "";
  const taken = [];
  let endedWith = 0;
  let runaway = false;
  try {
    for (let turn = 0; ; turn++) {
      let lines = 0;
      while (story.canContinue && errors.length === 0) {
        const text = story.Continue();
        out += text;
        const tags = story.currentTags;
        if (tags && tags.length) out += `# tags: ${tags.join(", ")}\n`;
        if (++lines > PLAY_LIMITS.maxLinesPerTurn) {
          runaway = true;
          break;
        }
      }
      if (runaway || errors.length > 0) break;
      const choices = story.currentChoices;
      if (choices.length === 0) break;
      out += "\n";
      choices.forEach((c, i) => {
        out += `${i + 1}: ${c.text}\n`;
      });
      out += "?> ";
      const pick = choose(choices.length, turn);
      if (pick === null) {
        out += "<User input stream closed.>\n";
        endedWith = choices.length;
        break;
      }
      taken.push(pick);
      story.ChooseChoiceIndex(pick);
    }
  } catch (e) {
    errors.push(String(e && e.message));
  }
  return {
    transcript: out,
    taken,
    endedWith,
    errors,
    runaway,
    random: patchCounters.randomDraws > draws,
  };
}
