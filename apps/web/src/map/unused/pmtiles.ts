/**
 * Stands in for pmtiles in the build: protomaps-leaflet imports it to read single-file .pmtiles
 * archives, but Tournée's API serves its tiles one by one (/tiles/{z}/{x}/{y}.pbf), so the reader
 * and its decompressor stay off the driver's phone.
 */
export class PMTiles {
  constructor(source: unknown) {
    throw new Error(`.pmtiles archives are not read in the browser (${String(source)}): serve the tiles folder with TILES_PATH`);
  }
}
