import { beforeAll, describe, expect, it } from 'vitest';
import { defaultParams, type PanelParams } from '../../src/store/panels';
import { fitLinkView } from '../../src/store/shareLinkFit';
import type { LinkParams, LinkView } from '../../src/store/shareLinkSchema';
import { createApi } from '../../src/worker/api';
import type { Catalogue } from '../../src/worker/workspace';

let catalogue: Catalogue;
let defaults: PanelParams;

beforeAll(async () => {
  catalogue = await createApi().loadDemo(7, 'small');
  defaults = defaultParams(catalogue, 'UTC');
});

const view = (params: LinkParams): LinkView => ({
  demo: { seed: 7, size: 'small' },
  params,
  theme: 'system',
  timeZone: 'utc',
  zoom: null,
});

describe('fitLinkView', () => {
  it('lays each panel of the link over its current parameters, leaving other panels out', () => {
    const fitted = fitLinkView(view({ sla: { target: 300 } }), catalogue, defaults);
    expect(fitted).toEqual({
      view: { ...view({}), params: { sla: { ...defaults.sla, target: 300 } } },
      kept: [],
    });
  });

  it.each<[string, LinkParams]>([
    ['a farm metric', { farm: { metric: 'temperature' } }],
    ['a centres label', { dataCentres: { label: 'region' } }],
    ['a weighing metric', { dataCentres: { weight: 'bytes' } }],
    ['an Overview series', { overview: { series: ['cpu %', 'nope'] } }],
    ['an Anomalies series', { anomalies: { series: 'nope', threshold: 2 } }],
  ])('keeps a panel as it is when the link names %s the data lacks', (_, params) => {
    const fitted = fitLinkView(view(params), catalogue, defaults);
    expect(fitted.view.params).toEqual({});
    expect(fitted.kept).toEqual(Object.keys(params));
  });

  it('takes names the data has: farm metric, centres label and metric, no series (null)', () => {
    const params: LinkParams = {
      farm: { metric: 'diskIo' },
      dataCentres: { label: 'dc', weight: 'requests' },
      sla: { series: null },
    };
    const fitted = fitLinkView(view(params), catalogue, defaults);
    expect(fitted.kept).toEqual([]);
    expect(fitted.view.params.farm?.metric).toBe('diskIo');
    expect(fitted.view.params.dataCentres).toEqual({ label: 'dc', weight: 'requests' });
    expect(fitted.view.params.sla?.series).toBeNull();
  });

  it("writes the anomaly words in the link's time zone as this machine names it", () => {
    const fitted = fitLinkView(
      { ...view({ anomalies: { threshold: 2 } }), timeZone: 'local' },
      catalogue,
      defaults,
    );
    expect(fitted.view.params.anomalies?.timeZone).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });

  it('fits windows to the series picked', () => {
    const fitted = fitLinkView(
      view({ anomalies: { series: 'cpu % (seed hour)', window: 200 } }),
      catalogue,
      defaults,
    );
    expect(fitted.view.params.anomalies?.window).toBe(60);
  });
});
