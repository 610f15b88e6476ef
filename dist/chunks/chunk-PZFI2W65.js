import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// src/releases/defaults.ts
var DEFAULT_WARN_DAYS = 60;

export {
  DEFAULT_WARN_DAYS
};
