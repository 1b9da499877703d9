/** @jest-environment node */
import { SAMPLE_ACCOUNTS } from "../../workbench/shared/sampleAccounts";
import { WORKBENCH_USER } from "../../workbench/server/dataverse";
import type { LoggedRequest } from "../../workbench/server/dataverse";
import { FIXED_NOW, getJson, rawGet, sendJsonRequest, startEmulator } from "./emulatorServer";
import type { Collection, DataverseErrorBody, EmulatorServer } from "./emulatorServer";

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(() => server.close());
beforeEach(() => server.api.reset());
afterEach(() => jest.useRealTimers());

const control = (name: string) => `${server.origin}/_workbench/${name}`;
const listUrl = () => `${server.apiRoot}msdyn_ocsessions?$select=subject&$top=1`;
const injectFault = (fault: object) => sendJsonRequest(control("next-fault"), "POST", fault);

describe("injected faults", () => {
  it.each([
    [403, "0x80040220", "is missing prvReadmsdyn_ocsession privilege"],
    [404, "0x80040217", "not found"],
    [429, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds."],
    [500, "0x80040216", "An unexpected error occurred."],
  ])("fails the next API request once with status %i", async (status, code, message) => {
    expect((await injectFault({ kind: "status", status })).status).toBe(200);
    const failed = await getJson<DataverseErrorBody>(listUrl());
    expect(failed.status).toBe(status);
    expect(failed.body.error.code).toBe(code);
    expect(failed.body.error.message).toContain(message);
    expect((await getJson(listUrl())).status).toBe(200);
  });

  it("names the workbench user in the missing-privilege message", async () => {
    await injectFault({ kind: "status", status: 403 });
    const { body } = await getJson<DataverseErrorBody>(listUrl());
    expect(body.error.message).toContain(`Principal user (Id=${WORKBENCH_USER.id}`);
  });

  it("sends Retry-After with a throttling fault, 5 seconds unless told otherwise", async () => {
    await injectFault({ kind: "status", status: 429 });
    expect((await fetch(listUrl())).headers.get("Retry-After")).toBe("5");
    await injectFault({ kind: "status", status: 429, retryAfterSeconds: 12 });
    expect((await fetch(listUrl())).headers.get("Retry-After")).toBe("12");
  });

  it("fails a network fault mid-answer, so the client cannot resend it and sees the request fail, once", async () => {
    await injectFault({ kind: "network" });
    const started = await fetch(listUrl());
    expect(started.status).toBe(200);
    await expect(started.text()).rejects.toThrow();
    expect((await getJson(listUrl())).status).toBe(200);
  });

  it("answers a network fault with a body cut short of its Content-Length", async () => {
    await injectFault({ kind: "network" });
    const answer = await rawGet(listUrl());
    expect(answer.received.length).toBeGreaterThan(0);
    expect(Number(answer.headers["content-length"])).toBeGreaterThan(answer.received.length);
    expect(answer.complete).toBe(false);
  });

  it("logs a request failed by a network fault once", async () => {
    await injectFault({ kind: "network" });
    const faulted = new URL(listUrl());
    await expect(fetch(faulted).then((response) => response.text())).rejects.toThrow();
    const { body } = await getJson<LoggedRequest[]>(control("requests"));
    expect(body.map((request) => request.url)).toEqual([faulted.pathname + faulted.search]);
  });

  it("drops a network-faulted create after reading its body, and creates nothing", async () => {
    await injectFault({ kind: "network" });
    const response = await sendJsonRequest(`${server.apiRoot}msdyn_ocsessions`, "POST", { subject: "Lost on the way" });
    await expect(response.text()).rejects.toThrow();
    const { body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject&$filter=subject eq 'Lost on the way'`);
    expect(body.value).toEqual([]);
  });

  it("clears a pending fault with DELETE", async () => {
    await injectFault({ kind: "status", status: 500 });
    expect((await getJson(control("state"))).body).toEqual({ latencyMs: 0, aggregateRecordLimit: null, nextFault: { kind: "status", status: 500, times: 1 } });
    await fetch(control("next-fault"), { method: "DELETE" });
    expect((await fetch(listUrl())).status).toBe(200);
  });

  it("rejects a fault it cannot produce", async () => {
    expect((await injectFault({ kind: "status", status: 418 })).status).toBe(400);
    expect((await injectFault({ kind: "gremlins" })).status).toBe(400);
    expect((await injectFault({ kind: "status", status: 429, times: 0 })).status).toBe(400);
    expect((await injectFault({ kind: "status", status: 429, times: 101 })).status).toBe(400);
    expect((await injectFault({ kind: "network", wording: "shouting" })).status).toBe(400);
    expect((await injectFault({ kind: "slow", delayMs: 0 })).status).toBe(400);
    expect((await getJson(control("state"))).body).toEqual({ latencyMs: 0, aggregateRecordLimit: null, nextFault: null });
  });

  it("fails the next N requests when armed with times, then answers normally", async () => {
    await injectFault({ kind: "status", status: 429, retryAfterSeconds: 1, times: 3 });
    expect((await getJson(control("state"))).body).toMatchObject({ nextFault: { times: 3 } });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await fetch(listUrl())).status);
    expect(statuses).toEqual([429, 429, 429, 200]);
    expect((await getJson(control("state"))).body).toEqual({ latencyMs: 0, aggregateRecordLimit: null, nextFault: null });
  });

  it.each([
    [503, "Service Unavailable"],
    [504, "Gateway Timeout"],
  ])("answers %i in plain text, as the infrastructure in front of Dataverse does, with Retry-After only when armed with one", async (status, text) => {
    await injectFault({ kind: "status", status });
    const bare = await fetch(listUrl());
    expect(bare.status).toBe(status);
    expect(bare.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await bare.text()).toBe(text);
    expect(bare.headers.get("Retry-After")).toBeNull();
    await injectFault({ kind: "status", status, retryAfterSeconds: 7 });
    expect((await fetch(listUrl())).headers.get("Retry-After")).toBe("7");
  });

  it("tells the host page to word a dropped connection as offline when armed with that wording", async () => {
    await injectFault({ kind: "network", wording: "offline" });
    const answer = await rawGet(listUrl());
    expect(answer.headers["x-workbench-network-wording"]).toBe("offline");
    expect(answer.complete).toBe(false);
    await injectFault({ kind: "network" });
    expect((await rawGet(listUrl())).headers["x-workbench-network-wording"]).toBe("browser");
  });

  it("holds a slow answer back while a later request is answered first", async () => {
    await injectFault({ kind: "slow", delayMs: 1500 });
    const order: string[] = [];
    const slow = fetch(listUrl()).then(async (response) => {
      order.push("slow");
      return response.status;
    });
    await waitForLoggedRequests(1);
    const fast = await fetch(listUrl());
    order.push("fast");
    expect(fast.status).toBe(200);
    expect(await slow).toBe(200);
    expect(order).toEqual(["fast", "slow"]);
  });

  it("does not spend the fault on workbench control requests", async () => {
    await injectFault({ kind: "status", status: 500 });
    await getJson(control("requests"));
    expect((await fetch(listUrl())).status).toBe(500);
  });
});

describe("latency", () => {
  it("holds every API request for the configured time before answering", async () => {
    expect((await sendJsonRequest(control("latency"), "PUT", { ms: 4000 })).status).toBe(200);
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    let answered = false;
    const pending = fetch(listUrl()).then((response) => {
      answered = true;
      return response.status;
    });
    await waitForLoggedRequests(1);
    jest.advanceTimersByTime(3999);
    await getJson(control("state"));
    expect(answered).toBe(false);
    jest.advanceTimersByTime(1);
    expect(await pending).toBe(200);
  });

  it("accepts 0 to 10000 ms only", async () => {
    expect((await sendJsonRequest(control("latency"), "PUT", { ms: 10001 })).status).toBe(400);
    expect((await sendJsonRequest(control("latency"), "PUT", { ms: -1 })).status).toBe(400);
    expect((await sendJsonRequest(control("latency"), "PUT", { ms: 10000 })).status).toBe(200);
    expect((await getJson(control("state"))).body).toEqual({ latencyMs: 10000, aggregateRecordLimit: null, nextFault: null });
  });
});

async function waitForLoggedRequests(count: number): Promise<void> {
  for (;;) {
    const { body } = await getJson<LoggedRequest[]>(control("requests"));
    if (body.length >= count) return;
  }
}

describe("aggregate record limit", () => {
  const countAll = () =>
    getJson<DataverseErrorBody>(
      `${server.apiRoot}msdyn_ocsessions?fetchXml=${encodeURIComponent('<fetch aggregate="true"><entity name="msdyn_ocsession"><attribute name="activityid" alias="n" aggregate="count"/></entity></fetch>')}`,
    );

  it("fails aggregates over the lowered limit with AggregateQueryRecordLimit exceeded, until it is restored or reset", async () => {
    expect((await sendJsonRequest(control("aggregate-limit"), "PUT", { records: 10 })).status).toBe(200);
    const limited = await countAll();
    expect([limited.status, limited.body.error.code]).toEqual([400, "0x8004e023"]);
    expect((await sendJsonRequest(control("aggregate-limit"), "PUT", { records: null })).status).toBe(200);
    expect((await countAll()).status).toBe(200);
    await sendJsonRequest(control("aggregate-limit"), "PUT", { records: 10 });
    server.api.reset();
    expect((await countAll()).status).toBe(200);
  });

  it("accepts 0 to 50,000 records or null only", async () => {
    for (const records of [-1, 50_001, 1.5, "10"]) expect((await sendJsonRequest(control("aggregate-limit"), "PUT", { records })).status).toBe(400);
    expect((await getJson(control("state"))).body).toEqual({ latencyMs: 0, aggregateRecordLimit: null, nextFault: null });
  });
});

describe("request log", () => {
  it("records API requests as received, and only those", async () => {
    const query = `$select=subject&$filter=_regardingobjectid_value%20eq%20${SAMPLE_ACCOUNTS.everyday.id}`;
    await fetch(`${server.apiRoot}msdyn_ocsessions?${query}`);
    await sendJsonRequest(`${server.apiRoot}msdyn_ocsessions`, "POST", { subject: "Logged" });
    await getJson(control("state"));
    const { body } = await getJson<LoggedRequest[]>(control("requests"));
    expect(body).toEqual([
      { method: "GET", url: `/api/data/v9.2/msdyn_ocsessions?${query}`, at: FIXED_NOW.toISOString() },
      { method: "POST", url: "/api/data/v9.2/msdyn_ocsessions", at: FIXED_NOW.toISOString() },
    ]);
  });

  it("starts empty again after DELETE", async () => {
    await fetch(listUrl());
    await fetch(control("requests"), { method: "DELETE" });
    expect((await getJson(control("requests"))).body).toEqual([]);
  });
});

describe("reset", () => {
  it("re-seeds the data and clears faults, latency and the log", async () => {
    await sendJsonRequest(`${server.apiRoot}msdyn_ocsessions`, "POST", { subject: "Temporary" });
    await sendJsonRequest(control("latency"), "PUT", { ms: 50 });
    await injectFault({ kind: "status", status: 500 });
    expect((await fetch(control("reset"), { method: "POST" })).status).toBe(200);
    expect((await getJson(control("state"))).body).toEqual({ latencyMs: 0, aggregateRecordLimit: null, nextFault: null });
    expect((await getJson(control("requests"))).body).toEqual([]);
    const { body } = await getJson<Collection>(`${server.apiRoot}msdyn_ocsessions?$select=subject&$filter=subject eq 'Temporary'`);
    expect(body.value).toEqual([]);
  });

  it("answers 404 for an unknown workbench endpoint and 405 for a wrong method", async () => {
    expect((await fetch(control("nothing"))).status).toBe(404);
    expect((await fetch(control("reset"))).status).toBe(405);
  });
});
