/**
 * What an embed page tells the page that frames it: its content height, whenever it changes,
 * so the host can size the iframe with no scroll bar. The host snippet in the README listens
 * for this message and checks it came from the frame it sized.
 */
export const RESIZE_MESSAGE = 'boat-strikes:resize';

interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  /** The embed's document height in CSS pixels. */
  height: number;
  /** The embed's path, so a host with several frames can tell them apart. */
  path: string;
}

export function resizeMessage(height: number, path: string): ResizeMessage {
  return { type: RESIZE_MESSAGE, height: Math.ceil(height), path };
}

/** Clamp a requested step to the figure's steps. */
export function clampStep(i: number, n: number): number {
  return Math.min(Math.max(Math.round(i), 0), Math.max(n - 1, 0));
}
