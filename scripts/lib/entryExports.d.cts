/** webpack's output with its exports runtime replaced by a plain object of the entry's one export; null when in another shape. */
export declare function inlineEntryExportsIn(text: string): string | null;
/** inlineEntryExportsIn for a built bundle, in place; true when it rewrote the bundle. */
export declare function inlineEntryExports(bundlePath: string): boolean;
