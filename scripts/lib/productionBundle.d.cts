/** Drops webpack's license banner and `<bundle>.LICENSE.txt` when that file holds only module paths; true when it did. */
export declare function dropPathOnlyLicenseFile(bundlePath: string): boolean;
/** The steps every production bundle gets after pcf-scripts writes it. */
export declare function finishProductionBundle(bundlePath: string): void;
