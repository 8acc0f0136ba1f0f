/**
 * The language plugins, by language code. Each turns one cleaned document into entities and
 * relations. A plugin is loaded on the first document of its language: the English one brings
 * compromise (about 0.6 s of CPU), which a Vietnamese-only run, or each of its workers, never needs.
 */
import type { Lang, LanguagePlugin } from '../types.js';

/** The plugins loaded so far (tests may swap one in). */
export const plugins: Partial<Record<Lang, LanguagePlugin>> = {};

const loaders: Record<Lang, () => Promise<LanguagePlugin>> = {
  vi: async () => (await import('./vi/index.js')).vi,
  en: async () => (await import('./en/index.js')).en,
};

/** The plugin of `lang`, loading it (its modules and lexicons) once per process or worker. */
export async function pluginFor(lang: Lang): Promise<LanguagePlugin> {
  return (plugins[lang] ??= await loaders[lang]());
}
