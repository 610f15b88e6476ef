import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/core/files.ts
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
var MAX_INPUT_BYTES = 10 * 1024 * 1024;
function readInputFile(cwd, path, what) {
  const absolute = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    const code = error.code;
    throw new UserError(
      `Cannot read ${what} '${path}'${code === "ENOENT" ? ": no such file" : `: ${code}`}.`,
      "Check the path: it is relative to the working directory."
    );
  }
  if (!stats.isFile()) {
    const kind = stats.isDirectory() ? "a directory" : stats.isFIFO() ? "a named pipe" : stats.isCharacterDevice() || stats.isBlockDevice() ? "a device" : "not a regular file";
    throw new UserError(
      `${capitalise(what)} '${path}' is ${kind}: only regular files are read.`,
      `Name a file.`
    );
  }
  if (stats.size > MAX_INPUT_BYTES) {
    throw new UserError(
      `${capitalise(what)} '${path}' is ${(stats.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit.`,
      "Name the right file: W&B configuration files are a few kilobytes."
    );
  }
  return readFileSync(absolute, "utf8");
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export {
  readInputFile
};
