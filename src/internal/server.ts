import { isServer } from 'lit';

/**
 * True while a server renders the widgets (Lit SSR in Node, where Lit's `isServer` is
 * true; its browser typings say `false`, hence the annotation). A server render reads no
 * reader state (stored ticks, the page's address, sizes), which only the browser has.
 * @internal
 */
export const onServer: boolean = isServer;
