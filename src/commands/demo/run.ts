import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import { NotImplementedError } from '../../core/errors.js';
export async function runDemo(_raw: RawInputs, _ctx: Context): Promise<number> {
  throw new NotImplementedError('runDemo');
}
