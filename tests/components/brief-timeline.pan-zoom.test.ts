import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { limitsFor, type Domain } from '../../src/components/brief-timeline/brief-timeline.geometry.js';
import { PanZoomController } from '../../src/components/brief-timeline/pan-zoom-controller.js';
import { DAY } from '../../src/internal/dates.js';
import '../helpers/console.js';

/*
 * A 400-day extent drawn 400 px wide: a day a pixel at the full extent, half a day a pixel
 * once zoomed in a step; every expectation below is a count of days. Zoom never goes
 * below two weeks.
 */
const limits = limitsFor([0, 400 * DAY]);
const days = (domain: Domain | undefined) => domain?.map((time) => time / DAY);

function setup(width: number | undefined, home?: Domain) {
  const host = {
    updates: 0,
    addController(_controller: ReactiveController) {},
    removeController() {},
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  } satisfies ReactiveControllerHost & { updates: number };
  const panZoom = new PanZoomController(host, { limits: () => limits, width: () => width, home: () => home });
  // A plot 400 px wide, 100 px from the page's left edge, listening as the element's does.
  const plot = document.createElement('div');
  plot.style.cssText = 'position: fixed; left: 100px; top: 0; width: 400px; height: 50px';
  plot.addEventListener('wheel', panZoom.onWheel);
  document.body.append(plot);
  return { host, panZoom, plot };
}

function wheel(plot: HTMLElement, init: WheelEventInit): WheelEvent {
  const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, ...init });
  plot.dispatchEvent(event);
  return event;
}

describe('brief-timeline pan and zoom', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    cleanup?.();
    cleanup = undefined;
  });
  const make = (width: number | undefined = 400, home?: Domain) => {
    const made = setup(width, home);
    cleanup = () => {
      made.plot.remove();
    };
    return made;
  };

  it('shows everything until the reader zooms, everything after "show all", and nothing set after a reset', () => {
    const { host, panZoom } = make();
    expect(panZoom.domain).to.equal(undefined);
    expect(panZoom.domainIn(limits)).to.equal(limits.extent);
    panZoom.zoomIn();
    expect(days(panZoom.domain)).to.deep.equal([100, 300]);
    panZoom.showAll();
    expect(panZoom.domain).to.equal(limits.extent);
    panZoom.reset();
    expect(panZoom.domain).to.equal(undefined);
    expect(host.updates).to.equal(3);
  });

  it('starts from the host’s home range, and shows a given range (a phase) within the limits', () => {
    const home = [50 * DAY, 150 * DAY] as const;
    const { panZoom } = make(400, home);
    expect(panZoom.domainIn(limits)).to.equal(home);
    panZoom.zoomIn();
    expect(days(panZoom.domain)).to.deep.equal([75, 125]);
    panZoom.show([-100 * DAY, 50 * DAY]);
    expect(days(panZoom.domain)).to.deep.equal([0, 150]);
  });

  it('zooms by a step around the middle, or around an anchor in view', () => {
    const { panZoom } = make();
    panZoom.zoomIn();
    panZoom.zoomOut();
    expect(days(panZoom.domain)).to.deep.equal([0, 400]);
    panZoom.zoomBy(4, 0);
    expect(days(panZoom.domain)).to.deep.equal([0, 100]);
    // An anchor out of view zooms around the middle instead.
    panZoom.zoomBy(2, 300 * DAY);
    expect(days(panZoom.domain)).to.deep.equal([25, 75]);
  });

  it('pans just enough to reveal a time, and asks for no update when it is in view', () => {
    const { host, panZoom } = make();
    panZoom.zoomIn();
    const updates = host.updates;
    panZoom.reveal(200 * DAY);
    expect(host.updates).to.equal(updates);
    panZoom.reveal(350 * DAY);
    expect(days(panZoom.domain)).to.deep.equal([200, 400]);
  });

  it('zooms to a cluster with 15% of its span on each side, at least a week', () => {
    const { panZoom } = make();
    panZoom.zoomTo(100 * DAY, 200 * DAY);
    expect(days(panZoom.domain)).to.deep.equal([85, 215]);
    panZoom.zoomTo(100 * DAY, 100 * DAY);
    expect(days(panZoom.domain)).to.deep.equal([93, 107]);
  });

  it('zooms with Ctrl + wheel around the pointer and leaves a plain wheel to the page', () => {
    const { panZoom, plot } = make();
    const plain = wheel(plot, { deltaY: 100 });
    expect(plain.defaultPrevented).to.equal(false);
    expect(panZoom.domain).to.equal(undefined);
    // e^(ln 2) = 2: a pinch that doubles, around the pointer 100 px into the plot (day 100).
    const zoom = wheel(plot, { deltaY: -Math.LN2 / 0.002, ctrlKey: true, clientX: 200 });
    expect(zoom.defaultPrevented).to.equal(true);
    const [start, end] = days(panZoom.domain)!;
    expect(start).to.be.closeTo(50, 1e-6);
    expect(end).to.be.closeTo(250, 1e-6);
  });

  it('pans with Shift + wheel or a horizontal wheel, by the pixels scrolled', () => {
    const { panZoom, plot } = make();
    panZoom.zoomIn();
    // Zoomed in a step: 200 days over 400 px, half a day a pixel.
    expect(wheel(plot, { deltaY: 50, shiftKey: true }).defaultPrevented).to.equal(true);
    expect(days(panZoom.domain)).to.deep.equal([125, 325]);
    wheel(plot, { deltaX: -100, deltaY: 10 });
    expect(days(panZoom.domain)).to.deep.equal([75, 275]);
    // A line is 16 px: three lines back are 48 px, 24 days.
    wheel(plot, { deltaX: -3, deltaMode: 1 });
    expect(days(panZoom.domain)).to.deep.equal([51, 251]);
    // Mostly vertical without Shift: the page scrolls.
    expect(wheel(plot, { deltaX: 5, deltaY: 50 }).defaultPrevented).to.equal(false);
  });

  it('does nothing on the wheel while no axis is drawn', () => {
    const { panZoom, plot } = setup(undefined);
    cleanup = () => {
      plot.remove();
    };
    expect(wheel(plot, { deltaY: -100, ctrlKey: true }).defaultPrevented).to.equal(false);
    expect(panZoom.domain).to.equal(undefined);
  });
});
