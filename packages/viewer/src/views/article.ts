/** The article reader: a modal dialog with the cleaned text, the evidence sentence marked. */
import { findMentions, locateSentence, segment } from '../core/article/highlight.js';
import type { App } from './app.js';
import { docTitle } from './app.js';
import { byId, h } from './dom.js';
import { fetchArticle } from './load.js';

export function mountArticle(app: App): App['openArticle'] {
  const dialog = byId<HTMLDialogElement>('article');
  const title = byId('article-title');
  const body = byId('article-body');
  dialog.querySelector('.close')!.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });

  return async (doc, evidence, names = []) => {
    title.textContent = docTitle(app, doc);
    body.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    if (!dialog.open) dialog.showModal();
    try {
      const embedded = app.graph.getAttribute('documents').find((d) => d.id === doc)?.text;
      const text = await fetchArticle(doc, embedded, app.api);
      const span = evidence ? locateSentence(text, evidence.sentence, evidence.start, evidence.end) : null;
      const parts = segment(text, span, findMentions(text, names));
      body.replaceChildren(...parts.map((p) => (p.mark ? h('mark', { class: p.mark }, p.text) : document.createTextNode(p.text))));
      if (evidence && !span)
        body.prepend(h('p', { class: 'error' }, 'The evidence sentence was not found in this text:'), h('blockquote', {}, evidence.sentence));
      const first = body.querySelector('mark.evidence') ?? body.querySelector('mark');
      first?.scrollIntoView({ block: 'center' });
      body.focus();
    } catch (err) {
      body.replaceChildren(h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    }
  };
}
