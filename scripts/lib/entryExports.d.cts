/** Replaces webpack's exports runtime with a plain object of the entry's one export; true when it rewrote the bundle. */
export declare function inlineEntryExports(bundlePath: string): boolean;
