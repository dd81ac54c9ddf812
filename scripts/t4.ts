import { getDefaultLibrary, normalize } from '../patterns';
import { findHits } from '../patterns/library';
import { hamMessages } from './lib/ham';
const lib = getDefaultLibrary();
const ham = hamMessages().map(m => normalize(m, lib.knows));
for (let r=0;r<4;r++){ const t0=performance.now(); for (const t of ham) findHits(lib, t, 'them'); console.log('findHits ham', ((performance.now()-t0)*1000/ham.length).toFixed(1), 'us/msg'); }
