// Chart colours: the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies), one set per theme. Charts take a palette as a prop, so a report can render
// them without the app's stylesheet.

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export interface ChartPalette {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly background: string;
  readonly exposed: string;
  readonly possiblyExposed: string;
  readonly notExposed: string;
  /** A marker line on a time axis (policy dates, the opt-out date). */
  readonly marker: string;
  readonly optOutMarker: string;
  /** Bars of a single series. */
  readonly single: string;
  /** Low → high, for the heatmap (one hue, so it reads without colour vision too). */
  readonly heatLow: string;
  readonly heatHigh: string;
  readonly heatEmpty: string;
}

export const LIGHT_PALETTE: ChartPalette = {
  text: '#1d2329',
  muted: '#5b6570',
  grid: '#d9dee3',
  background: '#ffffff',
  exposed: OKABE_ITO.vermillion,
  possiblyExposed: OKABE_ITO.orange,
  notExposed: OKABE_ITO.skyBlue,
  marker: '#1d2329',
  optOutMarker: OKABE_ITO.reddishPurple,
  single: OKABE_ITO.blue,
  heatLow: '#dceefa',
  heatHigh: '#08466e',
  heatEmpty: '#f3f5f7',
};

export const DARK_PALETTE: ChartPalette = {
  text: '#e6eaee',
  muted: '#a3adb8',
  grid: '#3a434d',
  background: '#1a1f24',
  exposed: OKABE_ITO.vermillion,
  possiblyExposed: OKABE_ITO.orange,
  notExposed: OKABE_ITO.skyBlue,
  marker: '#e6eaee',
  optOutMarker: OKABE_ITO.reddishPurple,
  single: OKABE_ITO.skyBlue,
  heatLow: '#16364c',
  heatHigh: '#9fd6f7',
  heatEmpty: '#242a31',
};
