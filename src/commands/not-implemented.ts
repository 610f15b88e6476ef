import type { CommandModule } from '../core/command.js';
import { NotImplementedError } from '../core/errors.js';

/** For commands declared in the interface whose code has not landed: fail clearly, never succeed falsely. */
export function notImplemented(what: string): CommandModule {
  return {
    run: async () => {
      throw new NotImplementedError(what);
    },
  };
}
