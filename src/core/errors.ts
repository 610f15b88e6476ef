/**
 * An error the user can act on: it carries the fix and, when known, the place (file, line, column).
 * Anything else that escapes a command is a bug and is reported as such.
 */
export interface SourcePlace {
  file: string;
  line: number;
  column: number;
}

export class UserError extends Error {
  constructor(
    message: string,
    readonly fix?: string,
    readonly place?: SourcePlace,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The feature exists in the interface but is not built yet: never a fake success. */
export class NotImplementedError extends UserError {
  constructor(what: string) {
    super(
      `${what} is not implemented yet in this version of wandb-operator-actions.`,
      'Pin an older step or watch the project for the release that adds it.',
    );
    this.name = 'NotImplementedError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
