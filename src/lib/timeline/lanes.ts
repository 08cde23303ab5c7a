/**
 * Lane assignment for labelled marks on a time axis: each mark occupies a horizontal extent
 * (its bar and its label); marks whose extents overlap go to different lanes, so no two
 * labels collide. First fit over extents sorted by start uses the fewest lanes possible
 * (interval graph colouring), which keeps the overview short.
 */
export interface Extent {
  start: number;
  end: number;
}

/** The lane of each extent, in the order given; `gap` is the free space kept between two. */
export function assignLanes(extents: readonly Extent[], gap = 0): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.start - extents[b]!.start || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length).fill(0);
  for (const i of order) {
    const { start, end } = extents[i]!;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + gap <= start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(end);
    } else {
      laneEnds[lane] = end;
    }
    lanes[i] = lane;
  }
  return lanes;
}
