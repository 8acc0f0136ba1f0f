/** The language plugins, by language code. Each turns one cleaned document into entities and relations. */
import type { Lang, LanguagePlugin } from '../types.js';
import { en } from './en/index.js';
import { vi } from './vi/index.js';

export const plugins: Record<Lang, LanguagePlugin> = { vi, en };
