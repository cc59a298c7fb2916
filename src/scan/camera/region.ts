// The regions of a frame the camera decodes. The box is the band around the guide line where the
// worker holds the code (smaller frames decode faster and ignore the neighbouring labels); it
// is grown so its short side reaches zxing-cpp's 500 px downscale threshold where the video
// allows, in landscape and portrait alike. The 1D band is nearly the full width but shallow:
// a long GS1-128 held off-centre spills out of the box, never out of the band.

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The default box: 80 % of the width and 60 % of the height, centred. */
export const ROI = { left: 0.1, top: 0.2, width: 0.8, height: 0.6 } as const;
/** zxing-cpp only tries a downscaled pass on images whose short side is at least this. */
export const DOWNSCALE_MIN_PX = 500;
/** The box never grows past this share of the video side. */
const MAX_SHARE = 0.75;
/** The 1D band: 96 % of the width, 30 % of the height, centred on the guide line. */
export const BAND = { width: 0.96, height: 0.3 } as const;

/** The box as shares of the video (what the viewfinder draws). */
export function boxShares(videoWidth: number, videoHeight: number) {
  let w: number = ROI.width;
  let h: number = ROI.height;
  const grow = (share: number, side: number) =>
    share * side < DOWNSCALE_MIN_PX && DOWNSCALE_MIN_PX <= MAX_SHARE * side
      ? DOWNSCALE_MIN_PX / side
      : share;
  if (videoWidth * w <= videoHeight * h) w = grow(w, videoWidth);
  else h = grow(h, videoHeight);
  return { left: (1 - w) / 2, top: (1 - h) / 2, width: w, height: h };
}

const toRegion = (
  s: { left: number; top: number; width: number; height: number },
  vw: number,
  vh: number,
) => ({
  x: Math.round(vw * s.left),
  y: Math.round(vh * s.top),
  width: Math.round(vw * s.width),
  height: Math.round(vh * s.height),
});

export function regionOf(videoWidth: number, videoHeight: number): Region {
  return toRegion(boxShares(videoWidth, videoHeight), videoWidth, videoHeight);
}

export function bandOf(videoWidth: number, videoHeight: number): Region {
  const s = { left: (1 - BAND.width) / 2, top: (1 - BAND.height) / 2, ...BAND };
  return toRegion(s, videoWidth, videoHeight);
}
