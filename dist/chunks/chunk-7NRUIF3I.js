import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-UV73XVDV.js";
import {
  __toESM
} from "./chunk-SIWOL6LA.js";

// src/http/proxy.ts
var import_undici = __toESM(require_undici(), 1);
import { rootCertificates } from "node:tls";
function first(env, ...names) {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return void 0;
}
function proxySettings(env) {
  return {
    httpProxy: first(env, "http_proxy", "HTTP_PROXY"),
    httpsProxy: first(env, "https_proxy", "HTTPS_PROXY"),
    noProxy: first(env, "no_proxy", "NO_PROXY")
  };
}
function usesProxy(settings) {
  return Boolean(settings.httpProxy || settings.httpsProxy);
}
function proxySecrets(settings) {
  const secrets = /* @__PURE__ */ new Set();
  for (const proxy of [settings.httpProxy, settings.httpsProxy]) {
    if (!proxy) continue;
    try {
      const url = new URL(proxy);
      for (const part of [url.password]) {
        if (!part) continue;
        secrets.add(part);
        secrets.add(decodeURIComponent(part));
      }
      if (url.username && url.password) secrets.add(`${url.username}:${url.password}`);
    } catch {
    }
  }
  return [...secrets];
}
function bypassesProxy(noProxy, url) {
  if (!noProxy) return false;
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "*") return true;
    const match = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\]$/g, ""));
    const name = (match?.[1] ?? entry).replace(/^\*?\./, "");
    if (match?.[2] && Number(match[2]) !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}
function proxyFor(env, url) {
  const settings = proxySettings(env);
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  const proxy = parsed.protocol === "https:" ? settings.httpsProxy ?? settings.httpProxy : settings.httpProxy;
  if (!proxy || bypassesProxy(settings.noProxy, parsed)) return void 0;
  return describeProxy(proxy);
}
function describeProxy(proxy) {
  try {
    const url = new URL(proxy);
    if (url.username || url.password) {
      url.username = "***";
      url.password = "";
    }
    return url.href.replace(/\/$/, "");
  } catch {
    return "an unparsable proxy URL";
  }
}
function httpDispatcher(settings) {
  const proxy = proxySettings(settings.env);
  for (const secret of proxySecrets(proxy)) settings.onSecret?.(secret);
  const tls = {
    ...settings.ca ? { ca: [...rootCertificates, settings.ca] } : {},
    ...settings.rejectUnauthorized === false ? { rejectUnauthorized: false } : {}
  };
  const timeouts = settings.timeoutMs === void 0 ? {} : { headersTimeout: settings.timeoutMs, bodyTimeout: settings.timeoutMs };
  const connect = { ...tls, ...settings.timeoutMs === void 0 ? {} : { timeout: settings.timeoutMs } };
  const custom = Object.keys(connect).length > 0 || Object.keys(timeouts).length > 0;
  if (!usesProxy(proxy)) return custom ? new import_undici.Agent({ connect, ...timeouts }) : void 0;
  return new import_undici.EnvHttpProxyAgent({
    httpProxy: proxy.httpProxy ?? "",
    httpsProxy: proxy.httpsProxy ?? proxy.httpProxy ?? "",
    noProxy: proxy.noProxy ?? "",
    connect,
    // Through the tunnel, the origin's certificate is checked with the same CA; the proxy's own too.
    requestTls: connect,
    proxyTls: connect,
    ...timeouts
  });
}
function httpFetch(settings) {
  const dispatcher = httpDispatcher(settings);
  if (!dispatcher) return { fetch: globalThis.fetch, close: async () => void 0 };
  const through = (input, init) => (0, import_undici.fetch)(input, {
    ...init,
    dispatcher
  });
  return {
    fetch: through,
    dispatcher,
    // Every request has finished (or was aborted) by then: nothing is left to wait for.
    close: () => dispatcher.destroy()
  };
}

export {
  proxySettings,
  usesProxy,
  proxyFor,
  httpDispatcher,
  httpFetch
};
