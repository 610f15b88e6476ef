import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/core/inputs.ts
var UsageError = class extends UserError {
  constructor(message, fix) {
    super(message, fix);
    this.name = "UsageError";
  }
};
function isMissing(value) {
  return value === void 0 || value === "" || Array.isArray(value) && value.length === 0;
}
function defaultValue(spec) {
  if (spec.default === void 0) return spec.type === "list" ? [] : void 0;
  return convert(spec, spec.default, "default");
}
function convert(spec, text, where) {
  switch (spec.type ?? "string") {
    case "boolean": {
      const lower = text.trim().toLowerCase();
      if (["true", "yes", "1", "on"].includes(lower)) return true;
      if (["false", "no", "0", "off", ""].includes(lower)) return false;
      throw new UsageError(`Input '${spec.name}' (${where}) must be true or false, got '${text}'.`);
    }
    case "number": {
      const n = Number(text.trim());
      if (!Number.isFinite(n))
        throw new UsageError(`Input '${spec.name}' (${where}) must be a number, got '${text}'.`);
      return n;
    }
    case "list":
      return text.split(/\r?\n/).flatMap((line) => line.includes(",") && !line.includes("=") ? line.split(",") : [line]).map((item) => item.trim()).filter((item) => item.length > 0 && !item.startsWith("#"));
    default:
      return text;
  }
}
function inputsFromEnv(env) {
  return (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function readActionInputs(specs, read) {
  const get = typeof read === "function" ? read : inputsFromEnv(read);
  const raw = {};
  for (const spec of specs) {
    const text = get(spec.name);
    raw[spec.name] = text !== void 0 && text.trim() !== "" ? convert(spec, text.trim(), "action input") : defaultValue(spec);
    if (spec.required && isMissing(raw[spec.name])) {
      throw new UsageError(
        `Input required and not supplied: ${spec.name}`,
        `Add '${spec.name}:' under 'with:' in the step.`
      );
    }
  }
  return raw;
}
function parseCliArgs(specs, argv, env) {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const byAlias = new Map(specs.filter((s) => s.alias).map((spec) => [spec.alias, spec]));
  const given = {};
  const booleans = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    let name;
    let value;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      value = eq >= 0 ? arg.slice(eq + 1) : void 0;
    } else if (/^-[a-zA-Z]$/.test(arg) && byAlias.has(arg.slice(1))) {
      name = byAlias.get(arg.slice(1)).name;
    } else {
      throw new UsageError(
        `Unexpected argument '${arg}'.`,
        "Run with --help to see the flags this command takes."
      );
    }
    let spec = byName.get(name);
    if (!spec && name.startsWith("no-") && byName.get(name.slice(3))?.type === "boolean") {
      booleans[name.slice(3)] = false;
      continue;
    }
    if (!spec) {
      const suggestion = closest(name, [...byName.keys()]);
      throw new UsageError(
        `Unknown flag '--${name}'.`,
        suggestion ? `Did you mean '--${suggestion}'? Run with --help for all flags.` : "Run with --help for all flags."
      );
    }
    spec = spec;
    if (spec.secret) {
      throw new UsageError(
        `'--${spec.name}' is a secret and is not accepted on the command line, where other processes can read it.`,
        `Set it in the environment variable ${spec.env ?? envName(spec.name)} instead.`
      );
    }
    if (spec.type === "boolean" && value !== void 0) {
      booleans[spec.name] = convert(spec, value, `--${spec.name}`);
      continue;
    }
    if (spec.type === "boolean") {
      const next = argv[i + 1];
      if (next !== void 0 && /^(true|false)$/i.test(next)) {
        booleans[spec.name] = next.toLowerCase() === "true";
        i++;
      } else booleans[spec.name] = true;
      continue;
    }
    if (value === void 0) {
      if (i + 1 >= argv.length) throw new UsageError(`Flag '--${spec.name}' needs a value.`);
      value = argv[++i];
    }
    (given[spec.name] ??= []).push(value);
  }
  const inputs = {};
  for (const spec of specs) {
    const values = given[spec.name];
    const fromEnv = spec.env ? env[spec.env] : void 0;
    if (spec.type === "boolean") {
      inputs[spec.name] = booleans[spec.name] ?? (fromEnv !== void 0 ? convert(spec, fromEnv, spec.env) : defaultValue(spec));
    } else if (values && values.length > 0) {
      inputs[spec.name] = spec.type === "list" ? values.flatMap((v) => convert(spec, v, `--${spec.name}`)) : convert(spec, values[values.length - 1], `--${spec.name}`);
    } else if (fromEnv !== void 0 && fromEnv !== "") {
      inputs[spec.name] = convert(spec, fromEnv, spec.env);
    } else {
      inputs[spec.name] = defaultValue(spec);
    }
    if (!help && spec.required && isMissing(inputs[spec.name])) {
      throw new UsageError(
        `Missing required ${spec.secret ? `environment variable ${spec.env}` : `flag --${spec.name}`}.`,
        `Run with --help for what '${spec.name}' is.`
      );
    }
  }
  return { inputs, help };
}
function envName(name) {
  return name.replace(/-/g, "_").toUpperCase();
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = temp;
    }
  }
  return row[b.length];
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : void 0;
}
function str(raw, name) {
  const value = raw[name];
  return typeof value === "string" && value !== "" ? value : void 0;
}
function list(raw, name) {
  const value = raw[name];
  return Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
}
function bool(raw, name) {
  return raw[name] === true;
}
function num(raw, name) {
  const value = raw[name];
  return typeof value === "number" ? value : void 0;
}

export {
  UsageError,
  readActionInputs,
  parseCliArgs,
  envName,
  editDistance,
  closest,
  str,
  list,
  bool,
  num
};
