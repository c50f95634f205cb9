/**
 * The bundled default brief, typed: the Forum for American Leadership's June 12, 2022
 * brief on U.S.–Mexico relations. The data is `us-mexico-2022.json` (where it comes from
 * and the rules it follows: `README.md` beside it).
 *
 * A JSON import's type is only its shape (strings where the schema has choices): the cast
 * holds because the build refuses a bundled brief that does not validate
 * (`validateBundledBrief` in vite.config.ts) and the tests validate it.
 */
import data from './us-mexico-2022.json' with { type: 'json' };
import type { Brief } from '../types.js';

export const usMexico2022 = data as unknown as Brief;
