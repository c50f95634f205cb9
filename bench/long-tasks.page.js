/**
 * The page side of the long-task benches (bench/long-tasks.js bundles it with the three
 * list widgets, minified, as a reader's page gets them): `window.bench.run(name, count)`
 * builds a huge brief from the bundled one (tests/helpers/large-briefs.ts), sets up the
 * case, then does what a reader's page or a reader does (mount the widget, press a button)
 * while a PerformanceObserver records the main thread's long tasks (over 50 ms) and long
 * animation frames, until the page has been quiet for half a second. Returns the longest
 * task, the total blocking time (the sum of every long task's time over 50 ms), how many
 * long tasks there were, the longest frame, the time to the first frame after the action,
 * and how many rows or cards are in the DOM then.
 */
import '../src/components/brief-indicator-grid/brief-indicator-grid.ts';
import '../src/components/brief-recommendation-checklist/brief-recommendation-checklist.ts';
import '../src/components/brief-timeline/brief-timeline.ts';
import { validateBrief } from '../src/data/validate.ts';
import {
  briefWithActions,
  briefWithIndicators,
  briefWithMilestones,
  briefWithRecommendations,
} from '../tests/helpers/large-briefs.ts';

const NOW = '2026-11-28';
const QUIET_MS = 500;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const task = () => new Promise((resolve) => setTimeout(resolve));

/** A forced layout, then the next frame: what the reader sees is on screen. */
async function settle() {
  void document.body.offsetHeight;
  await frame();
}

/**
 * Records long tasks, and long animation frames (a frame's tasks with its style, layout
 * and paint, which the long tasks leave out), from now on; the returned function waits
 * for quiet and sums them up.
 */
function watch() {
  const tasks = [];
  const frames = [];
  const taskObserver = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  taskObserver.observe({ type: 'longtask' });
  const frameObserver = new PerformanceObserver((list) => frames.push(...list.getEntries()));
  frameObserver.observe({ type: 'long-animation-frame' });
  const start = performance.now();
  const after = (entries) => entries.filter((entry) => entry.startTime + entry.duration > start);
  return async () => {
    let seen = -1;
    while (seen !== tasks.length + frames.length) {
      seen = tasks.length + frames.length;
      await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
      tasks.push(...taskObserver.takeRecords());
      frames.push(...frameObserver.takeRecords());
    }
    taskObserver.disconnect();
    frameObserver.disconnect();
    const long = after(tasks);
    return {
      longest: Math.max(0, ...long.map((entry) => entry.duration)),
      blocking: long.reduce((sum, entry) => sum + Math.max(0, entry.duration - 50), 0),
      count: long.length,
      frame: Math.max(0, ...after(frames).map((entry) => entry.duration)),
    };
  };
}

/** Sets a case up (untimed), then times `act`, which returns what is drawn once it is done. */
async function measure(setup, act) {
  const context = await setup();
  await settle();
  await settle();
  const stop = watch();
  await task();
  const start = performance.now();
  const drawn = await act(context);
  await settle();
  const ms = performance.now() - start;
  return { ...(await stop()), ms, drawn: await drawn };
}

/** A widget with `brief` in a column `width` px wide, as an article holds it. */
function column(tag, brief, attributes = {}, width = 650) {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${String(width)}px`;
  wrapper.style.font = '16px/1.5 sans-serif';
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.lang = 'en';
  el.brief = brief;
  wrapper.append(el);
  return { wrapper, el };
}

/** Puts a widget on the page and waits for it (and its cards) to render. */
async function mount({ wrapper, el }) {
  document.body.append(wrapper);
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  const cards = [...el.shadowRoot.querySelectorAll('brief-indicator-card')];
  await Promise.all(cards.map((card) => card.updateComplete));
  return el;
}

/** Mounted untimed, for the cases that time a reader's action. */
const mounted = async (made) => mount(made);

/** A button in a shadow root whose text (or label) matches `pattern`. */
function button(el, pattern) {
  const found = [...el.shadowRoot.querySelectorAll('button')].find((candidate) =>
    pattern.test(`${candidate.textContent.replace(/\s+/g, ' ').trim()}|${candidate.ariaLabel ?? ''}`),
  );
  if (!found) throw new Error(`no button ${String(pattern)}`);
  return found;
}

/** Presses a button (if there is one: `undefined` reports the case as not applicable). */
async function press(el, pattern) {
  let target;
  try {
    target = button(el, pattern);
  } catch {
    return undefined;
  }
  target.click();
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

/** Presses "Show more" and waits for the cards it adds. */
async function pressMore(el) {
  await press(el, /^Show .* more/);
  await Promise.all(
    [...el.shadowRoot.querySelectorAll('brief-indicator-card')].map((card) => card.updateComplete),
  );
}

const count = (selector) => (el) => (el ? el.shadowRoot.querySelectorAll(selector).length : -1);
const cards = count('brief-indicator-card');
const checkboxes = count('input[type="checkbox"]');
const headers = count('[part~="recommendation"]');
const milestones = count('[part~="milestone"]');

/** The validator alone, on a fresh author brief (validation is part of every first render). */
const validating = (make) => (n) =>
  measure(
    () => make(n),
    (brief) => (validateBrief(brief).ok ? n : -1),
  );
/** A first render: the widget made with its brief (untimed), then put on the page. */
const firstRender = (made, what) => (n) =>
  measure(
    () => made(n),
    async (widget) => what(await mount(widget)),
  );
/** A press on the button that `pattern` names, the widget already on the page. */
const pressing = (made, pattern, what) => (n) =>
  measure(
    () => mounted(made(n)),
    async (el) => what(await press(el, pattern)),
  );

const grid = (n) => column('brief-indicator-grid', briefWithIndicators(n), {}, 1100);
const checklist = (make) => (n) => column('brief-recommendation-checklist', make(n));
const timeline = (phases, layout) => (n) =>
  column(
    'brief-timeline',
    briefWithMilestones(n, { phases }),
    { now: NOW, layout },
    layout === 'horizontal' ? 1100 : 650,
  );
const MORE = /^Show .* more/;

const cases = {
  'validate indicators': validating(briefWithIndicators),
  'validate recommendations': validating(briefWithRecommendations),
  'validate milestones': validating(briefWithMilestones),

  grid: firstRender(grid, cards),
  'grid show more': pressing(grid, MORE, cards),
  // A reader who pressed "Show more" 41 times (1,008 cards drawn) presses it once more.
  'grid show more, 1,008 drawn': (n) =>
    measure(
      async () => {
        const el = await mounted(grid(n));
        for (let time = 0; time < 41 && el; time += 1) await pressMore(el);
        return el;
      },
      async (el) => cards(await press(el, MORE)),
    ),

  'checklist 1 × n': firstRender(checklist(briefWithActions), headers),
  'checklist 1 × n open': (n) =>
    measure(
      () => mounted(checklist(briefWithActions)(n)),
      async (el) => {
        el.shadowRoot.querySelector('.rec__toggle').click();
        await el.updateComplete;
        return checkboxes(el);
      },
    ),
  'checklist n × ~2.7': firstRender(checklist(briefWithRecommendations), headers),
  'checklist n × ~2.7 expand all': pressing(checklist(briefWithRecommendations), /^Expand all/, checkboxes),
};
for (const [name, phases] of [
  ['phases', true],
  ['no phases', false],
]) {
  cases[`list, ${name}`] = firstRender(timeline(phases, 'vertical'), milestones);
  cases[`list, ${name}: show all phases`] = pressing(
    timeline(phases, 'vertical'),
    /^Show all phases/,
    milestones,
  );
  cases[`list, ${name}: show more`] = pressing(timeline(phases, 'vertical'), MORE, milestones);
  cases[`axis, ${name}`] = firstRender(timeline(phases, 'horizontal'), milestones);
  cases[`axis, ${name}: show all`] = pressing(timeline(phases, 'horizontal'), /^Show all\|/, milestones);
  cases[`axis, ${name}: zoom in`] = pressing(timeline(phases, 'horizontal'), /\|Zoom in$/, milestones);
}

window.bench = {
  cases: Object.keys(cases),
  run: (name, n) => {
    localStorage.clear();
    return cases[name](n);
  },
};
