import type { Page } from "playwright-core";
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { setUpBrowserSuite } from "./support/browserSuite";
import { armNetworkFault, armStatusFault } from "../../workbench/driver/emulator";

const suite = setUpBrowserSuite();

/**
 * Calls the host page's own context.webAPI adapter (the module the page loads) and returns what it rejected with.
 * The script is a string: a function would be compiled to CommonJS, which turns `import()` into `require`.
 */
function rejectionOfList(page: Page): Promise<unknown> {
  const options = `?$select=subject&$filter=_regardingobjectid_value eq ${SAMPLE_ACCOUNTS.everyday.id}`;
  return page.evaluate(`(async () => {
    const { createWebApi } = await import("/client/context/webApi.js");
    try {
      await createWebApi().retrieveMultipleRecords("msdyn_ocsession", ${JSON.stringify(options)}, 5);
      return "resolved";
    } catch (error) {
      return error;
    }
  })()`);
}

/** An unsaved record: the control queries nothing, so the armed fault can only meet the call under test. */
function openQuietPage(): ReturnType<typeof suite.openPage> {
  return suite.openPage("?record=new");
}

test("a throttled request rejects with errorCode, message and code only: no status, no Retry-After, as context.webAPI does", async () => {
  const { page } = await openQuietPage();
  await armStatusFault(suite.workbench, 429, { retryAfterSeconds: 9 });

  await expect(rejectionOfList(page)).resolves.toEqual({
    errorCode: 0x80072322,
    message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
    code: 0x80072322,
  });
  await page.close();
});

test("a dropped connection worded as offline rejects with the model-driven client's UciError message", async () => {
  const { page } = await openQuietPage();
  await armNetworkFault(suite.workbench, { wording: "offline" });

  await expect(rejectionOfList(page)).resolves.toEqual({
    errorCode: 0,
    message: "UciError: This operation failed because you're offline. Reconnect and try again.",
  });
  await page.close();
});

test("a 504 without a Dataverse body rejects with the HTTP status standing in for the unknown platform code", async () => {
  const { page } = await openQuietPage();
  await armStatusFault(suite.workbench, 504);

  await expect(rejectionOfList(page)).resolves.toEqual({ errorCode: 504, message: "HTTP 504 Gateway Timeout", code: 504 });
  await page.close();
});
