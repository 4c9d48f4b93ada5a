import { useLocalStorage } from '@mantine/hooks';
import { DEFAULT_IMAGE_OPTIONS, isSizePreset, type ImageOptions } from '../preset';

/** A preference (not personal data), shared by every export menu and kept across reloads. */
const KEY = 'dnd.exportImage';

function parse(raw: string | undefined): ImageOptions {
  try {
    const v: unknown = raw ? JSON.parse(raw) : null;
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      return {
        preset: isSizePreset(o.preset) ? o.preset : DEFAULT_IMAGE_OPTIONS.preset,
        keepDark: o.keepDark === true,
      };
    }
  } catch {
    // A broken value falls back to the defaults.
  }
  return DEFAULT_IMAGE_OPTIONS;
}

/** The image-export options (size preset, keep dark), the same in every export menu. */
export function useImageOptions() {
  return useLocalStorage<ImageOptions>({
    key: KEY,
    defaultValue: DEFAULT_IMAGE_OPTIONS,
    getInitialValueInEffect: false,
    deserialize: parse,
    serialize: (v) => JSON.stringify(v),
  });
}
