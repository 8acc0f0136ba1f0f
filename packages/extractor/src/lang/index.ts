/** The language plugins, by language code. Each turns one cleaned document into entities and relations. */
import type { Lang, LanguagePlugin } from '../types.js';
import { en } from './en/index.js';

const empty = (lang: Lang): LanguagePlugin => ({
  lang,
  extract: (doc) => ({
    document: { id: doc.id, path: doc.path, title: doc.title, lang: doc.lang, published: doc.published, text: doc.text },
    entities: [],
    relations: [],
  }),
});

// Placeholders until the vi and en plugins land; replaced by real imports.
export const plugins: Record<Lang, LanguagePlugin> = { vi: empty('vi'), en };
