/**
 * Fails a test on any unexpected `console.warn` or `console.error`, and lets a test
 * collect the ones it expects (SWC's `testForLitDevWarnings`, in spirit).
 */
type Level = 'warn' | 'error';

const captured: { level: Level; text: string }[] = [];
const original = { warn: console.warn.bind(console), error: console.error.bind(console) };
let expected = 0;

function capture(level: Level) {
  return (...args: unknown[]) => {
    captured.push({ level, text: args.map(String).join(' ') });
  };
}

/** Lets the next `count` console messages through without failing the test; returns them. */
export function expectConsole(count = 1): { level: Level; text: string }[] {
  expected += count;
  return captured;
}

beforeEach(() => {
  captured.length = 0;
  expected = 0;
  console.warn = capture('warn');
  console.error = capture('error');
});

afterEach(function () {
  console.warn = original.warn;
  console.error = original.error;
  const unexpected = captured.slice(expected);
  if (captured.length !== expected && this.currentTest?.state !== 'failed') {
    const detail = unexpected.map((entry) => `${entry.level}: ${entry.text}`).join('\n');
    throw new Error(
      `"${this.currentTest?.fullTitle() ?? ''}" expected ${String(expected)} console message(s), got ${String(captured.length)}:\n${detail}`,
    );
  }
});
