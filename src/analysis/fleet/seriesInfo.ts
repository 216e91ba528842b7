/** What the page knows of a resident series (the catalogue's entry). */
export interface SeriesInfo {
  readonly name: string;
  readonly metric: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly unit: string;
  readonly length: number;
  readonly timed: boolean;
  readonly missing: number;
}
