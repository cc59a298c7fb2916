// The region of interest: the band around the guide line where the worker holds the code. A
// smaller frame decodes faster and ignores the neighbouring labels on a shelf.

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** 80 % of the width and 60 % of the height, centred: the box the viewfinder draws. */
export const ROI = { left: 0.1, top: 0.2, width: 0.8, height: 0.6 } as const;

export function regionOf(videoWidth: number, videoHeight: number): Region {
  return {
    x: Math.round(videoWidth * ROI.left),
    y: Math.round(videoHeight * ROI.top),
    width: Math.round(videoWidth * ROI.width),
    height: Math.round(videoHeight * ROI.height),
  };
}
