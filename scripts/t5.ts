import { getDefaultLibrary, normalize } from '../patterns';
import * as phrase from '../patterns/phrase';
import { hamMessages } from './lib/ham';
const lib = getDefaultLibrary();
const ham = hamMessages().slice(0, 500).map(m => normalize(m, lib.knows));
// replicate findHits with counting
const idx = lib.byFrom.them as any;
let attempts = 0, gatedOut = 0; const perPhrase = new Map<string, number>();
const NUM=/^[0-9]/;
function lookup(map:any, token:string, visit:(l:any[])=>void){ const e=map.exact.get(token); if(e) visit(e); for(const n of map.prefixLengths){ if(n>token.length)break; const l=map.prefix.get(token.slice(0,n)); if(l) visit(l);} if(map.numeric.length&&NUM.test(token)) visit(map.numeric); }
for (const toks of ham) {
  const open = new Uint8Array(idx.gateCount);
  for (const t of toks) lookup(idx.gates, t, (l)=>{for(const g of l) open[g]=1;});
  for (const t of toks) lookup(idx.starts, t, (l)=>{ for (const c of l) { if (c.gate>=0 && !open[c.gate]) { gatedOut++; continue; } attempts++; const k=c.entry.key; perPhrase.set(k,(perPhrase.get(k)??0)+1);} });
}
console.log('per msg: attempts', attempts/500, 'gated out', gatedOut/500, 'gates', idx.gateCount);
console.log([...perPhrase].sort((a,b)=>b[1]-a[1]).slice(0,15));
