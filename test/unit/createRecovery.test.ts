import { createSessionOnce } from "../../src/data/createRecovery";
import { InvalidRequestError, toLoadError } from "../../src/data/loadError";
import { CancelledError, LoadFailure } from "../../src/data/retry";
import type { NewSessionRequest, RetryingRead, SessionRepository } from "../../src/data/sessionRepository";

const REQUEST: NewSessionRequest = {
  regarding: { id: "11111111-1111-4111-8111-111111111111", entityType: "sample_bankaccount", name: "Checking" },
  subject: "Session about Checking",
  navigationProperty: null,
  sessionId: "99999999-9999-4999-8999-99999999999a",
};
const directly: RetryingRead = (read) => read();
const online = (failure: unknown) => toLoadError(failure);
const offline = (failure: unknown) => toLoadError(failure, true);

function repository(create: () => Promise<string>, exists: () => Promise<boolean> = () => Promise.resolve(false)) {
  return { createSession: jest.fn(create), sessionExists: jest.fn(exists) } satisfies Pick<SessionRepository, "createSession" | "sessionExists">;
}

describe("createSessionOnce", () => {
  it("answers the created id and looks nothing up when the create succeeds", async () => {
    const repo = repository(() => Promise.resolve("created-id"));
    await expect(createSessionOnce(repo, REQUEST, directly, online)).resolves.toBe("created-id");
    expect(repo.sessionExists).not.toHaveBeenCalled();
  });

  it.each([
    ["the connection broke", new TypeError("Failed to fetch")],
    ["a gateway gave up waiting", { errorCode: 504, message: "Gateway Timeout" }],
    ["no server answer is known", { message: "Something went wrong" }],
  ])("answers the chosen id when %s but the session was made", async (_case, failure) => {
    const repo = repository(() => Promise.reject(failure), () => Promise.resolve(true));
    await expect(createSessionOnce(repo, REQUEST, directly, online)).resolves.toBe(REQUEST.sessionId);
    expect(repo.sessionExists).toHaveBeenCalledWith(REQUEST.sessionId);
    expect(repo.createSession).toHaveBeenCalledTimes(1);
  });

  it("fails with the create's own failure when the lost answer made nothing", async () => {
    const failure = new TypeError("Failed to fetch");
    const repo = repository(() => Promise.reject(failure), () => Promise.resolve(false));
    await expect(createSessionOnce(repo, REQUEST, directly, online)).rejects.toBe(failure);
    expect(repo.createSession).toHaveBeenCalledTimes(1);
  });

  it("fails with the create's own failure when the look-up fails too", async () => {
    const failure = new TypeError("Failed to fetch");
    const repo = repository(() => Promise.reject(failure), () => Promise.reject(new TypeError("Failed to fetch")));
    await expect(createSessionOnce(repo, REQUEST, directly, online)).rejects.toBe(failure);
  });

  it("looks the session up through the retrying read", async () => {
    const retryRead = jest.fn(directly) as unknown as RetryingRead;
    const repo = repository(() => Promise.reject(new TypeError("Failed to fetch")), () => Promise.resolve(true));
    await createSessionOnce(repo, REQUEST, retryRead, online);
    expect(retryRead).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["a refusal with a Dataverse code", { errorCode: 0x80040220, message: "Missing prvCreate" }, online],
    ["unusable input, refused before sending", new InvalidRequestError("not valid"), online],
    ["a metadata read that gave up", new LoadFailure({ kind: "throttled", message: "" }), online],
    ["a cancelled start", new CancelledError(), online],
    ["a client that is offline", new TypeError("Failed to fetch"), offline],
  ])("looks nothing up after %s", async (_case, failure, classify) => {
    const repo = repository(() => Promise.reject(failure), () => Promise.resolve(true));
    await expect(createSessionOnce(repo, REQUEST, directly, classify)).rejects.toBe(failure);
    expect(repo.sessionExists).not.toHaveBeenCalled();
  });
});
