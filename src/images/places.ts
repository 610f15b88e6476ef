/**
 * File, line and column of a key in the layered configuration, so that a problem with an image points where
 * the user fixes it (the layer that won the merge). Pure: takes the files' text. Uses the layering of
 * src/config (read-only); a key the configuration does not set is reported at its nearest parent that is set.
 */
import {
  mergeLayers,
  parseLayer,
  parseSets,
  pathKey,
  toPlain,
  type Layer,
  type PlaceIndex,
} from '../config/layers.js';
import type { SourcePlace } from '../core/errors.js';

export interface ConfigText {
  path: string;
  text: string;
}

export function placeIndex(files: ConfigText[], sets: string[]): PlaceIndex {
  const index: PlaceIndex = new Map();
  try {
    const layers: Layer[] = [];
    for (const file of files) {
      const parsed = parseLayer(file.path, file.text);
      if (parsed.layer) layers.push(parsed.layer);
    }
    layers.push(...parseSets(sets).layers);
    const merged = mergeLayers(layers);
    if (merged) toPlain(merged, [], index);
  } catch {
    // Places are a convenience: without them the key path still names the key.
  }
  return index;
}

export function findPlace(index: PlaceIndex, path: string[] | undefined): SourcePlace | undefined {
  if (!path) return undefined;
  for (let length = path.length; length > 0; length--) {
    const record = index.get(pathKey(path.slice(0, length)));
    if (record) {
      const place = length === path.length ? record.value : (record.key ?? record.value);
      return { file: place.file, line: place.line, column: place.column };
    }
  }
  return undefined;
}
