/** The release catalog, support policy and notes rendering: pure modules, re-exported for other commands. */
export * from './types.js';
export * from './version.js';
export * from './catalog.js';
export * from './policy.js';
export * from './render.js';
