import type { PatternEntry } from '../../schema';

export default [] satisfies PatternEntry[];
