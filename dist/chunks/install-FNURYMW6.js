import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  httpFetch,
  proxyFor
} from "./chunk-7NRUIF3I.js";
import {
  require_semver
} from "./chunk-6RDCTTMH.js";
import {
  cp,
  debug,
  exec,
  isDebug,
  mkdirP,
  rmRF,
  which
} from "./chunk-FUTQYGYO.js";
import "./chunk-UV73XVDV.js";
import {
  UserError,
  __toESM,
  errorMessage
} from "./chunk-SIWOL6LA.js";

// src/tools/install.ts
import { createHash } from "node:crypto";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream as createWriteStream2 } from "node:fs";
import { chmod, mkdir, readFile, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as crypto from "crypto";
import * as fs from "fs";

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
import * as os from "os";
import * as path from "path";
var semver2 = __toESM(require_semver(), 1);
import { ok } from "assert";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
function extractTar(file_1, dest_1) {
  return __awaiter(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec(`tar`, args);
    return dest;
  });
}
function extractZip(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    if (IS_WINDOWS) {
      yield extractZipWin(file, dest);
    } else {
      yield extractZipNix(file, dest);
    }
    return dest;
  });
}
function extractZipWin(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, "");
    const pwshPath = yield which("pwsh", false);
    if (pwshPath) {
      const pwshCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
        `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
        `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        pwshCommand
      ];
      debug(`Using pwsh at path: ${pwshPath}`);
      yield exec(`"${pwshPath}"`, args);
    } else {
      const powershellCommand = [
        `$ErrorActionPreference = 'Stop' ;`,
        `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
        `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
        `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
      ].join(" ");
      const args = [
        "-NoLogo",
        "-Sta",
        "-NoProfile",
        "-NonInteractive",
        "-ExecutionPolicy",
        "Unrestricted",
        "-Command",
        powershellCommand
      ];
      const powershellPath = yield which("powershell", true);
      debug(`Using powershell at path: ${powershellPath}`);
      yield exec(`"${powershellPath}"`, args);
    }
  });
}
function extractZipNix(file, dest) {
  return __awaiter(this, void 0, void 0, function* () {
    const unzipPath = yield which("unzip", true);
    const args = [file];
    if (!isDebug()) {
      args.unshift("-q");
    }
    args.unshift("-o");
    yield exec(`"${unzipPath}"`, args, { cwd: dest });
  });
}
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
function cacheFile(sourceFile, targetFile, tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source file: ${sourceFile}`);
    if (!fs.statSync(sourceFile).isFile()) {
      throw new Error("sourceFile is not a file");
    }
    const destFolder = yield _createToolPath(tool, version, arch2);
    const destPath = path.join(destFolder, targetFile);
    debug(`destination file ${destPath}`);
    yield cp(sourceFile, destPath);
    _completeToolPath(tool, version, arch2);
    return destFolder;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs.existsSync(cachePath) && fs.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs.existsSync(toolPath)) {
    const children = fs.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs.existsSync(fullPath) && fs.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
function _createToolPath(tool, version, arch2) {
  return __awaiter(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  ok(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  ok(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}

// src/tools/install.ts
var OFFICIAL_HOSTS = {
  helm: "https://get.helm.sh",
  kubectl: "https://dl.k8s.io"
};
function toolArch(arch2 = process.arch) {
  if (arch2 === "x64") return "amd64";
  if (arch2 === "arm64") return "arm64";
  throw new UserError(
    `No helm/kubectl download for CPU architecture '${arch2}': helm and kubectl publish amd64 and arm64 builds for this tool to fetch.`,
    "Install helm and kubectl yourself and pass 'helm-path' and 'kubectl-path'."
  );
}
function toolOs(platform = process.platform) {
  if (platform === "linux") return "linux";
  if (platform === "darwin") return "darwin";
  if (platform === "win32") return "windows";
  throw new UserError(
    `No helm/kubectl download for the operating system '${platform}': they are fetched for linux, darwin (macOS) and windows.`,
    "Install helm and kubectl yourself and pass 'helm-path' and 'kubectl-path'."
  );
}
function toolPlatform() {
  return { os: toolOs(), arch: toolArch() };
}
function programName(tool, os2) {
  return os2 === "windows" ? `${tool}.exe` : tool;
}
function toolUrls(tool, version, mirror, arch2 = toolArch(), os2 = toolOs()) {
  const base = (mirror || OFFICIAL_HOSTS[tool]).replace(/\/+$/, "");
  const v = version.replace(/^v/, "");
  if (tool === "helm") {
    const url2 = `${base}/helm-v${v}-${os2}-${arch2}.${os2 === "windows" ? "zip" : "tar.gz"}`;
    return { url: url2, sumUrl: `${url2}.sha256sum` };
  }
  const url = `${base}/release/v${v}/bin/${os2}/${arch2}/${programName("kubectl", os2)}`;
  return { url, sumUrl: `${url}.sha256` };
}
function prepareToolCacheEnv(env) {
  const cacheRoot = join2(
    env.XDG_CACHE_HOME || join2(env.HOME || homedir(), ".cache"),
    "wandb-operator-actions"
  );
  const toolCache = env.RUNNER_TOOL_CACHE || join2(cacheRoot, "tool-cache");
  const temp = env.RUNNER_TEMP || join2(cacheRoot, "tmp");
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = temp;
  return { toolCache, temp };
}
async function sha256File(path2) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path2)) hash.update(chunk);
  return hash.digest("hex");
}
async function download(url, what, temp, env) {
  const file = join2(temp, `download-${randomBytes(8).toString("hex")}`);
  const http = httpFetch({ env });
  const proxy = proxyFor(env, url);
  try {
    const response = await http.fetch(url, { redirect: "follow", signal: AbortSignal.timeout(6e5) });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    await pipeline(Readable.fromWeb(response.body), createWriteStream2(file));
    return file;
  } catch (error) {
    await rm(file, { force: true });
    const cause = error.cause;
    throw new UserError(
      `Could not download ${what} from ${url}${proxy ? ` through the proxy ${proxy}` : ""}: ${errorMessage(error)}${cause ? ` (${errorMessage(cause)})` : ""}.`,
      proxy ? "Check the proxy (HTTPS_PROXY / HTTP_PROXY) lets this runner reach the host, or set 'tools-mirror' to a mirror it can reach (listed in NO_PROXY to go directly), or pass 'helm-path' / 'kubectl-path' to use programs already on the runner." : "Check 'tools-mirror' (or the runner's network), or pass 'helm-path' / 'kubectl-path' to use programs already on the runner."
    );
  } finally {
    await http.close();
  }
}
async function quietToolkit(env, body) {
  if (env.GITHUB_ACTIONS === "true") return body();
  const original = process.stdout.write;
  const filtered = function(chunk, ...rest) {
    const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : void 0;
    if (text !== void 0) {
      const kept = text.split(/(?<=\n)/).filter((line) => !line.startsWith("::debug::") && !line.startsWith("[command]")).join("");
      if (kept === "") {
        const callback = rest.find((item) => typeof item === "function");
        callback?.();
        return true;
      }
      return original.call(this, kept, ...rest);
    }
    return original.call(this, chunk, ...rest);
  };
  process.stdout.write = filtered;
  try {
    return await body();
  } finally {
    process.stdout.write = original;
  }
}
async function installTool(request) {
  return quietToolkit(request.env, () => installToolLoud(request));
}
async function installToolLoud(request) {
  const { tool, env } = request;
  const version = request.version.replace(/^v/, "");
  const { os: os2, arch: arch2 } = request.platform ?? toolPlatform();
  const program = programName(tool, os2);
  const { temp } = prepareToolCacheEnv(env);
  await mkdir(temp, { recursive: true });
  const { url, sumUrl } = toolUrls(tool, version, request.mirror, arch2, os2);
  const found = find(tool, version, arch2);
  if (found) {
    request.log?.(`${tool} ${version}: from the tool cache (${found})`);
    return { tool, version, path: join2(found, program), cached: true, url };
  }
  request.log?.(`${tool} ${version}: downloading ${url}`);
  const sumFile = await download(sumUrl, `the sha256 of ${tool} ${version}`, temp, env);
  const expected = (await readFile(sumFile, "utf8")).trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  await rm(sumFile, { force: true });
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw new UserError(`The published sha256 of ${tool} ${version} (${sumUrl}) is not a sha256 checksum.`);
  }
  const file = await download(url, `${tool} ${version}`, temp, env);
  const actual = await sha256File(file);
  if (actual !== expected) {
    await rm(file, { force: true });
    throw new UserError(
      `${tool} ${version} from ${url} does not match its published sha256 (expected ${expected}, got ${actual}); it was not installed or cached.`,
      "Check 'tools-mirror': the file or its .sha256 on the mirror is wrong or was tampered with."
    );
  }
  let cachedDir;
  if (tool === "helm") {
    const extracted = os2 === "windows" ? await extractZip(file) : await extractTar(file);
    cachedDir = await cacheDir(join2(extracted, `${os2}-${arch2}`), "helm", version, arch2);
    await rm(extracted, { recursive: true, force: true });
  } else {
    await chmod(file, 493);
    cachedDir = await cacheFile(file, program, "kubectl", version, arch2);
  }
  await rm(file, { force: true });
  const path2 = join2(cachedDir, program);
  await chmod(path2, 493);
  request.log?.(`${tool} ${version}: verified sha256 ${expected.slice(0, 12)}\u2026, cached in ${cachedDir}`);
  return { tool, version, path: path2, cached: false, url };
}
export {
  OFFICIAL_HOSTS,
  installTool,
  prepareToolCacheEnv,
  programName,
  toolArch,
  toolOs,
  toolPlatform,
  toolUrls
};
