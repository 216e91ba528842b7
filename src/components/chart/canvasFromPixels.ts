/**
 * A width x height canvas showing `pixels` (RGBA in ImageData's layout) one to one, for ECharts to
 * draw as an image (the farm heatmap's cells). A zero size gives an empty canvas.
 */
export function canvasFromPixels(
  pixels: Uint8ClampedArray<ArrayBuffer>,
  width: number,
  height: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  if (width > 0 && height > 0) {
    canvas.getContext('2d')!.putImageData(new ImageData(pixels, width, height), 0, 0);
  }
  return canvas;
}
