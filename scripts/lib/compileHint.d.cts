/** The comment that asks V8 to compile every function of the script eagerly (see compileHint.cjs). */
export declare const COMPILE_HINT: string;
/** Puts the hint at the start of a built bundle, once. */
export declare function addCompileHint(bundlePath: string): void;
