import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BriefPlayground } from './your-brief/brief-playground.js';

/**
 * Paste, drop or open your brief's JSON and see every widget draw it, or their error
 * panels naming each wrong field; then copy the embed snippet for each widget, with your
 * hosted JSON (`src`) or the brief inline.
 */
const meta: Meta = {
  title: 'Authoring/Your brief',
  // The element itself, not only its tag: the package's sideEffects list leaves stories out,
  // so a bare import of the module would be dropped from the build.
  render: () => new BriefPlayground(),
  parameters: { layout: 'padded', controls: { disable: true } },
};
export default meta;

export const Playground: StoryObj = {};
