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
var NotImplementedError = class extends UserError {
  constructor(what) {
    super(
      `${what} is not implemented yet in this version of wandb-operator-actions.`,
      "Pin an older step or watch the project for the release that adds it."
    );
    this.name = "NotImplementedError";
  }
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  UserError,
  NotImplementedError,
  errorMessage
};
