import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ECElementEvent, EChartsCoreOption } from 'echarts/core';
import type { Formatter } from '../i18n/format.js';
import { useUi } from '../ui.js';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

const palette = ['#4f46e5', '#0ea5e9', '#10b981', '#f59e0b', '#ef4444', '#8b5cf6', '#64748b'];

type Options = Record<string, unknown>;

const isObject = (value: unknown): value is Options =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const eachOf = (value: unknown): Options[] => (Array.isArray(value) ? value : [value]).filter(isObject);

/** The figure of a data item: a number, or the last of a heatmap's [x, y, value]. */
function figureOf(value: unknown): number | null {
  const figure = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof figure === 'number' ? figure : null;
}

/**
 * ECharts writes numbers its own way ("3,500" on every axis, tooltip and label): each place a
 * chart leaves unformatted gets the reader's number format, the one the cards use.
 */
function withReaderFormats(option: EChartsCoreOption, fmt: Formatter): EChartsCoreOption {
  const number = (value: unknown) => {
    const figure = figureOf(value);
    return figure === null ? String(value ?? '') : fmt.number(figure);
  };
  const axes = (axis: unknown, defaultType: string) =>
    Array.isArray(axis) || isObject(axis)
      ? eachOf(axis).map((one) => {
          const label = isObject(one.axisLabel) ? one.axisLabel : {};
          return (one.type ?? defaultType) === 'value' && !label.formatter
            ? { ...one, axisLabel: { ...label, formatter: number } }
            : one;
        })
      : axis;
  const tooltip = isObject(option.tooltip) ? option.tooltip : undefined;
  return {
    ...option,
    ...(option.xAxis === undefined ? {} : { xAxis: axes(option.xAxis, 'category') }),
    ...(option.yAxis === undefined ? {} : { yAxis: axes(option.yAxis, 'value') }),
    ...(tooltip && !tooltip.formatter && !tooltip.valueFormatter
      ? { tooltip: { ...tooltip, valueFormatter: number } }
      : {}),
    ...(option.visualMap === undefined
      ? {}
      : {
          visualMap: eachOf(option.visualMap).map((map) =>
            map.formatter ? map : { ...map, formatter: number },
          ),
        }),
    ...(option.series === undefined
      ? {}
      : {
          series: eachOf(option.series).map((series) => {
            const label = isObject(series.label) ? series.label : undefined;
            return label?.show && !label.formatter
              ? {
                  ...series,
                  label: { ...label, formatter: (item: { value: unknown }) => number(item.value) },
                }
              : series;
          }),
        }),
  };
}

/** The item of a chart a click landed on (a bar, a heatmap cell). */
export interface ChartItem {
  seriesIndex: number;
  dataIndex: number;
}

/**
 * One ECharts chart. `label` names it for screen readers (the chart itself is an image to them;
 * the numbers are also in the page's text or tables). `onItemClick` makes its items open what
 * they count.
 */
export function Chart({
  option,
  label,
  height = 280,
  onItemClick,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
  onItemClick?: (item: ChartItem) => void;
}) {
  const { fmt } = useUi();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Chart text is SVG text: it takes the page's font stack, with its Thai and Japanese faces.
    const fontFamily = getComputedStyle(element.current!).fontFamily;
    chart.current?.setOption(
      { color: palette, animation: false, textStyle: { fontFamily }, ...withReaderFormats(option, fmt) },
      true,
    );
  }, [option, fmt]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return;
    const click = (event: ECElementEvent) =>
      onItemClick({ seriesIndex: event.seriesIndex ?? 0, dataIndex: event.dataIndex });
    instance.on('click', click);
    return () => {
      instance.off('click', click);
    };
  }, [onItemClick]);

  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />;
}
