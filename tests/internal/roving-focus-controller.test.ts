import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  RovingFocusController,
  stepIndex,
  withModifier,
} from '../../src/internal/roving-focus-controller.js';
import '../helpers/console.js';

/** A host that only counts the updates it is asked for. */
function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return host satisfies ReactiveControllerHost;
}

const key = (name: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: name, ...init });

describe('roving focus', () => {
  describe('stepIndex', () => {
    it('moves to the next item with ArrowRight and ArrowDown, stopping at the last', () => {
      expect(stepIndex('ArrowRight', 0, 5)).to.equal(1);
      expect(stepIndex('ArrowDown', 2, 5)).to.equal(3);
      expect(stepIndex('ArrowRight', 4, 5)).to.equal(4);
    });

    it('moves to the previous item with ArrowLeft and ArrowUp, stopping at the first', () => {
      expect(stepIndex('ArrowLeft', 3, 5)).to.equal(2);
      expect(stepIndex('ArrowUp', 1, 5)).to.equal(0);
      expect(stepIndex('ArrowUp', 0, 5)).to.equal(0);
    });

    it('jumps to the first with Home and the last with End', () => {
      expect(stepIndex('Home', 3, 5)).to.equal(0);
      expect(stepIndex('End', 1, 5)).to.equal(4);
      expect(stepIndex('End', 0, 1)).to.equal(0);
    });

    it('leaves every other key alone', () => {
      for (const other of ['Enter', ' ', 'Tab', 'Escape', 'PageDown', '+', 'a']) {
        expect(stepIndex(other, 2, 5), other).to.equal(undefined);
      }
    });
  });

  describe('RovingFocusController', () => {
    it('ignores a key held with Alt, Ctrl or ⌘', () => {
      const roving = new RovingFocusController(fakeHost(), () => null);
      expect(roving.step(key('ArrowRight'), 0, 5)).to.equal(1);
      expect(roving.step(key('ArrowRight', { altKey: true }), 0, 5)).to.equal(undefined);
      expect(roving.step(key('End', { ctrlKey: true }), 0, 5)).to.equal(undefined);
      expect(roving.step(key('Home', { metaKey: true }), 3, 5)).to.equal(undefined);
      expect(withModifier({ altKey: false, ctrlKey: false, metaKey: false })).to.equal(false);
      expect(withModifier({ altKey: false, ctrlKey: false, metaKey: true })).to.equal(true);
    });

    it('makes the active item the tab stop when it is drawn, else the first', () => {
      const roving = new RovingFocusController(fakeHost(), () => null);
      const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
      const id = (item: { id: string }) => item.id;
      expect(roving.tabStop(items, id)).to.equal('a');
      roving.activeId = 'b';
      expect(roving.tabStop(items, id)).to.equal('b');
      roving.activeId = 'z';
      expect(roving.tabStop(items, id)).to.equal('a');
      expect(roving.tabStop([], id)).to.equal(undefined);
    });

    it('asks for an update only when the active item changes', () => {
      const host = fakeHost();
      const roving = new RovingFocusController(host, () => null);
      expect(host.controllers).to.deep.equal([roving]);
      roving.activeId = 'a';
      roving.activeId = 'a';
      expect(host.updates).to.equal(1);
      roving.keepWithin((id) => id === 'a', 'first');
      expect(roving.activeId).to.equal('a');
      roving.keepWithin((id) => id === 'b', 'first');
      expect(roving.activeId).to.equal('first');
      expect(host.updates).to.equal(2);
    });

    it('focuses the pending target once, after the next update', () => {
      const buttons = new Map(['a', 'b'].map((id) => [id, document.createElement('button')]));
      document.body.append(...buttons.values());
      const asked: string[] = [];
      const roving = new RovingFocusController(fakeHost(), (target) => {
        asked.push(target);
        return buttons.get(target) ?? null;
      });
      try {
        roving.hostUpdated();
        expect(asked).to.deep.equal([]);
        roving.focusAfterUpdate('a');
        roving.focusAfterUpdate('b');
        expect(document.activeElement).not.to.equal(buttons.get('b'));
        roving.hostUpdated();
        expect(document.activeElement).to.equal(buttons.get('b'));
        roving.hostUpdated();
        expect(asked).to.deep.equal(['b']);
      } finally {
        buttons.forEach((button) => {
          button.remove();
        });
      }
    });
  });
});
