/**
 * Progress for long work: a bar on an interactive terminal, plain lines otherwise
 * (CI, pipes), so logs stay readable. Always written to stderr; stdout stays data.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(n?: number, note?: string): void;
  done(summary?: string): void;
}

const interactive = (): boolean => Boolean(process.stderr.isTTY) && !process.env.CI;

/** A progress reporter for `total` units of `label` work. `quiet` silences it (tests, --quiet). */
export function progress(label: string, total: number, opts: { quiet?: boolean; unit?: string } = {}): Progress {
  const unit = opts.unit ?? 'items';
  if (opts.quiet || total === 0) return { tick() {}, done() {} };
  if (interactive()) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label.padEnd(10)} {bar} {value}/{total} ${unit} | {eta_formatted} left | {note}`,
        hideCursor: true,
        clearOnComplete: false,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { note: '' });
    return {
      tick: (n = 1, note = '') => bar.increment(n, { note }),
      done: (summary) => {
        bar.stop();
        if (summary) process.stderr.write(`${label}: ${summary}\n`);
      },
    };
  }
  // Plain lines: about every 10% and at the end.
  let value = 0;
  let nextReport = Math.max(1, Math.ceil(total / 10));
  const step = nextReport;
  return {
    tick(n = 1) {
      value += n;
      if (value >= nextReport && value < total) {
        process.stderr.write(`${label}: ${value}/${total} ${unit}\n`);
        while (nextReport <= value) nextReport += step;
      }
    },
    done(summary) {
      process.stderr.write(`${label}: ${value}/${total} ${unit}${summary ? ` — ${summary}` : ''}\n`);
    },
  };
}
