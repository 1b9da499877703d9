/** @jest-environment node */
import { request } from "node:http";
import { resolveInsideMount } from "../../workbench/server/staticFiles";
import { startTestWorkbench } from "../../workbench/driver/workbench";
import type { RunningWorkbench } from "../../workbench/driver/workbench";

let workbench: RunningWorkbench;

beforeAll(async () => {
  workbench = await startTestWorkbench();
});

afterAll(() => workbench?.close());

/** A GET with the path sent exactly as written (fetch would normalise "../" away before sending). */
function rawGet(path: string): Promise<{ status: number; contentType: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: workbench.port, path, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: res.headers["content-type"] }));
    });
    req.on("error", reject);
    req.end();
  });
}

test.each([
  ["/", "text/html"],
  ["/workbench.css", "text/css"],
  ["/client/main.js", "text/javascript"],
  ["/platform/react_16_14_0.js", "text/javascript"],
  ["/platform/fluent_9_4_0.js", "text/javascript"],
  ["/controls/bundle.js", "text/javascript"],
  ["/controls/ControlManifest.xml", "application/xml"],
  ["/controls/strings/RelatedSessions.1033.resx", "application/xml"],
])("serves %s as %s", async (path, contentType) => {
  const response = await rawGet(path);
  expect(response.status).toBe(200);
  expect(response.contentType).toContain(contentType);
});

test("answers API requests through the emulator", async () => {
  const response = await rawGet("/api/data/v9.2/sample_bankaccounts?$select=sample_name");
  expect(response.status).toBe(200);
  expect(response.contentType).toContain("application/json");
});

test.each([
  "/client/../../../package.json",
  "/controls/..%2f..%2fpackage.json",
  "/controls/%2e%2e/%2e%2e/package.json",
  "/controls/..%5c..%5cpackage.json",
  "/client/%00main.js",
  "/platform/react_18_3_1.js",
  "/node_modules/pcf-start/lib/react_16_14_0.js",
])("refuses %s", async (path) => {
  expect((await rawGet(path)).status).toBe(404);
});

test("a mount never resolves outside its directory", () => {
  const mount = { urlPrefix: "/controls/", directory: "/srv/out/controls" };
  expect(resolveInsideMount(mount, "/controls/strings/a.resx")).toBe("/srv/out/controls/strings/a.resx");
  expect(resolveInsideMount(mount, "/controls/../secret")).toBeUndefined();
  expect(resolveInsideMount(mount, "/controls/%2e%2e%2fsecret")).toBeUndefined();
  expect(resolveInsideMount(mount, "/controls/%E0%A4%A")).toBeUndefined();
  expect(resolveInsideMount(mount, "/other/bundle.js")).toBeUndefined();
});
