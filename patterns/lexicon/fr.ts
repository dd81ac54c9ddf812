/** Words for phrases in this language (@name), added to or overriding lexicon/common.ts. */
import type { Lexicon } from '../phrase';

export default {} satisfies Lexicon;
