import { defineStrings } from '../../internal/locale-controller.js';

/** @internal */
export const cardStrings = defineStrings({
  en: {
    worsening: 'Worsening',
    improving: 'Improving',
    mixed: 'Mixed',
    steady: 'Steady',
    directionLabel: 'Direction according to the brief: {direction}',
    asOf: 'as of {date}',
    briefSays: 'The brief says',
    briefWording: 'The brief’s wording: “{label}”',
    record: 'The record',
    sourcesCount: 'Sources ({count})',
    source: 'Source',
    noIndicator: 'no indicator with id "{id}" in brief "{brief}"; known ids: {known}',
    missingIndicator: 'is missing: name one of the brief’s indicators, e.g. indicator="{example}"',
  },
  es: {
    worsening: 'Empeora',
    improving: 'Mejora',
    mixed: 'Mixto',
    steady: 'Estable',
    directionLabel: 'Tendencia según el informe: {direction}',
    asOf: 'a {date}',
    briefSays: 'El informe dice',
    briefWording: 'Palabras del informe: «{label}»',
    record: 'Los datos',
    sourcesCount: 'Fuentes ({count})',
    source: 'Fuente',
    noIndicator: 'no hay un indicador con id "{id}" en el informe "{brief}"; ids conocidos: {known}',
    missingIndicator: 'falta: indique uno de los indicadores del informe, p. ej. indicator="{example}"',
  },
});
