import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import { NotImplementedError } from '../../core/errors.js';
export async function runValidate(_raw: RawInputs, _ctx: Context): Promise<number> {
  throw new NotImplementedError('runValidate');
}
export async function runRender(_raw: RawInputs, _ctx: Context): Promise<number> {
  throw new NotImplementedError('runRender');
}
