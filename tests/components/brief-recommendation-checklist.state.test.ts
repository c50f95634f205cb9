import { expect } from '@open-wc/testing';
import {
  decodeBits,
  encodeBits,
  escapeMarkdown,
  fingerprint,
  parseTicks,
  readShared,
  serializeTicks,
  shareUrl,
  storageKey,
  toMarkdown,
  withoutShared,
} from '../../src/components/brief-recommendation-checklist/brief-recommendation-checklist.state.js';
import { usMexico2022 } from '../../src/data/index.js';
import '../helpers/console.js';

const ids = usMexico2022.recommendations.flatMap((rec) => rec.actions.map((action) => action.id));

describe('brief-recommendation-checklist state', () => {
  describe('stored ticks', () => {
    it('keys the ticks by brief id and version', () => {
      expect(storageKey('us-mexico-2022', '1.0.0')).to.equal(
        'briefing-widgets:checklist:us-mexico-2022@1.0.0',
      );
      expect(storageKey('us-mexico-2022', '1.0.1')).not.to.equal(storageKey('us-mexico-2022', '1.0.0'));
    });

    it('round-trips a set of ids, including ids the brief no longer has', () => {
      const ticked = new Set(['rec-1-a', 'rec-6-a', 'gone-action']);
      expect(parseTicks(serializeTicks(ticked))).to.deep.equal(ticked);
    });

    it('reads nothing stored as no ticks', () => {
      expect(parseTicks(null)).to.deep.equal(new Set());
    });

    it('refuses anything that is not its own record, without throwing', () => {
      for (const text of [
        '{not json',
        'null',
        '42',
        '"rec-1-a"',
        '["rec-1-a"]',
        '{"v":2,"ticked":["rec-1-a"]}',
        '{"v":1,"ticked":"rec-1-a"}',
        '{"v":1,"ticked":[1,2]}',
        '{"v":1,"ticked":["<script>"]}',
        '{"v":1}',
      ]) {
        expect(parseTicks(text), text).to.equal(undefined);
      }
    });
  });

  describe('share fragment', () => {
    it('encodes six actions a character and decodes them back', () => {
      // rec-1-a, rec-2-b and rec-6-a are actions 0, 5 and 15 of 16: bits 0 and 5 of the
      // first character (33, "h"), none of the second ("A"), bit 3 of the third (8, "I").
      const ticked = new Set(['rec-1-a', 'rec-2-b', 'rec-6-a']);
      expect(encodeBits(ids, ticked)).to.equal('hAI');
      expect(decodeBits(ids, 'hAI')).to.deep.equal(ticked);
      expect(encodeBits(ids, new Set())).to.equal('AAA');
    });

    it('round-trips every tick pattern of a long list', () => {
      const many = Array.from({ length: 6000 }, (_, i) => `action-${String(i)}`);
      const ticked = new Set(many.filter((_, i) => i % 7 === 0 || i % 11 === 3));
      const url = shareUrl('https://example.org/brief?x=1#old', 'big', many, ticked);
      expect(url.startsWith('https://example.org/brief?x=1#brief-ticks=big:')).to.equal(true);
      expect(url.length).to.be.below(1100);
      const shared = readShared(url.slice(url.indexOf('#')), 'big', many);
      expect(shared.kind).to.equal('ticks');
      expect(shared.kind === 'ticks' && shared.ticked).to.deep.equal(ticked);
    });

    it('builds a link from the page address without its old fragment', () => {
      const url = shareUrl('https://example.org/a#section-2', 'us-mexico-2022', ids, new Set(['rec-1-a']));
      // Links already shared carry this text: the bundled brief's fingerprint and rec-1-a as bit 0.
      expect(url).to.equal('https://example.org/a#brief-ticks=us-mexico-2022:1xun0j:BAA');
    });

    it('fingerprints the list of actions, in order, with the ids kept apart', () => {
      // FNV-1a (32 bits, base 36) of the 16 action ids, each followed by a comma.
      expect(fingerprint(ids)).to.equal('1xun0j');
      expect(fingerprint([...ids].reverse())).not.to.equal('1xun0j');
      expect(fingerprint(['ab', 'c'])).not.to.equal(fingerprint(['a', 'bc']));
    });

    it('leaves ticks for another brief to another checklist', () => {
      const hash = `#brief-ticks=other-brief:${fingerprint(ids)}:AAA`;
      expect(readShared(hash, 'us-mexico-2022', ids)).to.deep.equal({ kind: 'none' });
    });

    it('refuses ticks made for another list of actions, or that do not decode', () => {
      const print = fingerprint(ids);
      for (const hash of [
        `#brief-ticks=us-mexico-2022:${fingerprint([...ids, 'rec-7-a'])}:AAA`,
        `#brief-ticks=us-mexico-2022:${print}:A`,
        `#brief-ticks=us-mexico-2022:${print}:AA!`,
        `#brief-ticks=us-mexico-2022:${print}`,
        `#brief-ticks=us-mexico-2022:${print}:AAA:extra`,
        '#brief-ticks=us-mexico-2022:',
      ]) {
        expect(readShared(hash, 'us-mexico-2022', ids).kind, hash).to.equal('mismatch');
      }
    });

    it('refuses bits beyond the end of the list', () => {
      // 16 actions: the third character covers actions 12–17, so bit 5 (action 17) does not exist.
      expect(decodeBits(ids, 'AA-')).to.equal(undefined);
    });

    it('ignores garbage fragments without throwing', () => {
      for (const hash of [
        '',
        '#',
        '#%E0%A4%A',
        '#brief-ticks',
        '#brief-ticks=',
        '#a=1&&b',
        `#${'x'.repeat(300_000)}`,
      ]) {
        expect(readShared(hash, 'us-mexico-2022', ids).kind, hash.slice(0, 20)).to.equal('none');
      }
    });

    it('finds the ticks among other fragment parameters and removes only them', () => {
      const param = `brief-ticks=us-mexico-2022:${fingerprint(ids)}:${encodeBits(ids, new Set(['rec-2-a']))}`;
      const hash = `#section=3&${param}&brief-ticks=other:x:y`;
      expect(readShared(hash, 'us-mexico-2022', ids).kind).to.equal('ticks');
      expect(withoutShared(hash, 'us-mexico-2022')).to.equal('#section=3&brief-ticks=other:x:y');
      expect(withoutShared(`#${param}`, 'us-mexico-2022')).to.equal('');
    });
  });

  describe('Markdown', () => {
    it('escapes markup so text stays text', () => {
      expect(escapeMarkdown('<b>bold</b> *x* [a](javascript:1) `c`')).to.equal(
        '\\<b\\>bold\\</b\\> \\*x\\* \\[a\\](javascript:1) \\`c\\`',
      );
      expect(escapeMarkdown('# not a heading')).to.equal('\\# not a heading');
      expect(escapeMarkdown('1. not a list')).to.equal('1\\. not a list');
      expect(escapeMarkdown('two\nlines')).to.equal('two lines');
    });

    it('writes a task list per recommendation with actors, record and sources', () => {
      const text = toMarkdown({
        title: 'A brief — recommendations',
        lines: ['Publisher, June 12, 2022.'],
        labels: { actors: 'Addressed to', record: 'Publisher’s record', sources: 'Sources' },
        recommendations: [
          {
            heading: '1. Do things',
            progress: '1 of 2 actions ticked',
            actions: [
              { checked: true, text: 'First', actors: 'Congress', sources: [] },
              {
                checked: false,
                text: 'Second',
                actors: 'USTR, Congress',
                status: 'Not adopted, July 12, 2022',
                note: 'It happened anyway.',
                sources: [
                  { title: 'AP story (2022)', url: 'https://example.org/a b(1)' },
                  { title: 'Bad', url: 'javascript:alert(1)' },
                ],
              },
            ],
          },
        ],
      });
      expect(text).to.equal(
        [
          '# A brief — recommendations',
          '',
          'Publisher, June 12, 2022.',
          '',
          '## 1\\. Do things',
          '',
          '1 of 2 actions ticked',
          '',
          '- [x] First',
          '  - Addressed to: Congress',
          '- [ ] Second',
          '  - Addressed to: USTR, Congress',
          '  - Publisher’s record: Not adopted, July 12, 2022 — It happened anyway.',
          '  - Sources: [AP story (2022)](https://example.org/a%20b%281%29); Bad',
          '',
        ].join('\n'),
      );
    });

    it('writes plain bullets for a read-only list', () => {
      const text = toMarkdown({
        title: 'T',
        lines: [],
        labels: { actors: 'A', record: 'R', sources: 'S' },
        recommendations: [
          { heading: 'H', progress: '', actions: [{ checked: null, text: 'x', actors: 'y', sources: [] }] },
        ],
      });
      expect(text).to.contain('\n- x\n');
      expect(text).not.to.contain('[ ]');
    });
  });
});
