import { getDefaultLibrary, normalize } from '../patterns';
import { findHits } from '../patterns/library';
import { hamMessages } from './lib/ham';
const lib = getDefaultLibrary();
const ham = hamMessages();
const toks = ham.map((m) => normalize(m, lib.knows));
for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (const t of toks) findHits(lib, t, 'them'); console.log('findHits', ((performance.now() - t0) * 1000 / toks.length).toFixed(1), 'us'); }
for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (const m of ham) normalize(m, lib.knows); console.log('normalize', ((performance.now() - t0) * 1000 / ham.length).toFixed(1), 'us'); }
