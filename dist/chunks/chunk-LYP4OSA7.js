import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// src/core/errors.ts
var UserError = class extends Error {
  constructor(message, fix, place) {
    super(message);
    this.fix = fix;
    this.place = place;
    this.name = "UserError";
  }
  fix;
  place;
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  UserError,
  errorMessage
};
