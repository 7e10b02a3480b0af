/**
 * Assembles a sources × destinations matrix of any size from OSRM `table`
 * requests that each stay within the server's `--max-table-size`
 * (`osrm-routed` refuses a request when sources × destinations > max²).
 * Blocks run with bounded concurrency; a `TooBig` answer (or HTTP 414/431, a
 * request line too long) halves the block side for the rest of the run and
 * splits the refused block. Every request has at least two coordinates (OSRM's
 * rule), even a block that is one diagonal cell.
 */
import type { LonLat } from "../coordinate.js";
import { mapWithConcurrency } from "../concurrency.js";
import { RoutingRejectedError } from "../errors.js";
import type { OsrmClient } from "./osrm-client.js";
import { OsrmResponseError } from "./osrm-http.js";
import type { OsrmWaypoint } from "./osrm-types.js";

export interface RectangularTable {
  /** `durations[s][d]` in seconds from `sources[s]` to `destinations[d]`; `null` when unreachable. */
  durations: (number | null)[][];
  distances: (number | null)[][];
  /** Snapped waypoint per coordinate index, for every index that was a source or a destination. */
  waypoints: (OsrmWaypoint | undefined)[];
}

export interface Block {
  rowStart: number;
  rowEnd: number;
  colStart: number;
  colEnd: number;
}

/** The server could not snap coordinate `index` (OSRM `NoSegment`). */
export class SnapFailure extends Error {
  constructor(readonly index: number, message: string) {
    super(message);
    this.name = "SnapFailure";
  }
}

/**
 * Tiles rows × cols with blocks of at most `maxSide²` cells and `2 × maxSide`
 * sources + destinations (the URL must stay short: `osrm-routed` and proxies
 * cap the request line, from 8 KB), thinner blocks when one side is short.
 */
export function planBlocks(rows: number, cols: number, maxSide: number, offset = { row: 0, col: 0 }): Block[] {
  const maxCells = maxSide * maxSide;
  const maxCoordinates = 2 * maxSide;
  let rowStep = Math.min(rows, maxSide);
  let colStep = Math.min(cols, maxSide);
  if (rows * cols <= maxCells && rows + cols <= maxCoordinates) [rowStep, colStep] = [rows, cols];
  else if (rows < maxSide) colStep = Math.max(1, Math.min(Math.floor(maxCells / rows), maxCoordinates - rows));
  else if (cols < maxSide) rowStep = Math.max(1, Math.min(Math.floor(maxCells / cols), maxCoordinates - cols));
  const blocks: Block[] = [];
  for (let r = 0; r < rows; r += rowStep) {
    for (let c = 0; c < cols; c += colStep) {
      blocks.push({
        rowStart: offset.row + r,
        rowEnd: offset.row + Math.min(rows, r + rowStep),
        colStart: offset.col + c,
        colEnd: offset.col + Math.min(cols, c + colStep),
      });
    }
  }
  return blocks;
}

export async function fetchTableInBlocks(
  client: OsrmClient,
  coordinates: readonly LonLat[],
  sources: readonly number[],
  destinations: readonly number[],
): Promise<RectangularTable> {
  const table: RectangularTable = {
    durations: sources.map(() => new Array<number | null>(destinations.length).fill(null)),
    distances: sources.map(() => new Array<number | null>(destinations.length).fill(null)),
    waypoints: new Array<OsrmWaypoint | undefined>(coordinates.length),
  };
  const state = { maxSide: client.config.maxTableSize };

  const runBlock = async (block: Block): Promise<void> => {
    const rows = block.rowEnd - block.rowStart;
    const cols = block.colEnd - block.colStart;
    const split = async (): Promise<void> => {
      for (const smaller of planBlocks(rows, cols, state.maxSide, { row: block.rowStart, col: block.colStart })) {
        await runBlock(smaller);
      }
    };
    if (rows * cols > state.maxSide * state.maxSide) return split();
    try {
      await fetchBlock(client, coordinates, sources, destinations, block, table);
    } catch (error) {
      if (!isTooBig(error)) throw error;
      if (rows * cols === 1) throw new RoutingRejectedError(client.config.url, error.osrmCode, error.osrmMessage);
      state.maxSide = Math.max(1, Math.min(state.maxSide, Math.floor(Math.sqrt(rows * cols) / 2)));
      await split();
    }
  };

  const blocks = planBlocks(sources.length, destinations.length, state.maxSide);
  await mapWithConcurrency(blocks, client.config.concurrency, runBlock);
  return table;
}

/** OSRM's `TooBig`, or a request line too long for the server or a proxy (414, 431): send smaller blocks. */
function isTooBig(error: unknown): error is OsrmResponseError {
  return error instanceof OsrmResponseError && (error.osrmCode === "TooBig" || error.status === 414 || error.status === 431);
}

async function fetchBlock(
  client: OsrmClient,
  coordinates: readonly LonLat[],
  sources: readonly number[],
  destinations: readonly number[],
  block: Block,
  into: RectangularTable,
): Promise<void> {
  const union: number[] = [];
  const position = new Map<number, number>();
  const localIndex = (global: number): number => {
    let local = position.get(global);
    if (local === undefined) {
      local = union.length;
      position.set(global, local);
      union.push(global);
    }
    return local;
  };
  const localSources = sources.slice(block.rowStart, block.rowEnd).map(localIndex);
  const localDestinations = destinations.slice(block.colStart, block.colEnd).map(localIndex);
  const isAll = (indices: number[]): boolean => indices.length === union.length && indices.every((v, i) => v === i);
  const selection = {
    ...(isAll(localSources) ? {} : { sources: localSources }),
    ...(isAll(localDestinations) ? {} : { destinations: localDestinations }),
  };
  // A block on the diagonal with one cell has one coordinate, which OSRM refuses ("Number of
  // coordinates needs to be at least two"): send that coordinate twice, and ask for its one cell.
  const sent = union.map((i) => coordinates[i] as LonLat);
  if (sent.length === 1) sent.push(sent[0] as LonLat);
  let response;
  try {
    response = await client.table(sent, sent.length > union.length ? { sources: localSources, destinations: localDestinations } : selection);
  } catch (error) {
    if (error instanceof OsrmResponseError && error.osrmCode === "NoSegment") {
      const local = Number(/coordinate (\d+)/.exec(error.osrmMessage)?.[1] ?? Number.NaN);
      throw new SnapFailure(union[local] ?? -1, error.osrmMessage);
    }
    throw error;
  }
  const durations = response.durations;
  const distances = response.distances;
  if (!durations || !distances) {
    throw new RoutingRejectedError(client.config.url, "MissingAnnotations", "table answered without durations and distances");
  }
  localSources.forEach((local, r) => {
    into.waypoints[union[local] as number] = response.sources[r];
    const durationRow = into.durations[block.rowStart + r] as (number | null)[];
    const distanceRow = into.distances[block.rowStart + r] as (number | null)[];
    for (let c = 0; c < localDestinations.length; c++) {
      durationRow[block.colStart + c] = durations[r]?.[c] ?? null;
      distanceRow[block.colStart + c] = distances[r]?.[c] ?? null;
    }
  });
  localDestinations.forEach((local, c) => {
    into.waypoints[union[local] as number] = response.destinations[c];
  });
}
