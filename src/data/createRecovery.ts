import type { LoadError } from "../model";
import { InvalidRequestError, answerMayHaveBeenLost } from "./loadError";
import { CancelledError, LoadFailure } from "./retry";
import type { NewSessionRequest, RetryingRead, SessionRepository } from "./sessionRepository";

/**
 * Whether a direct create that failed may have made its session all the same: only when createRecord was called and
 * its answer, not a refusal, was lost. The repository fails with these types before it sends anything.
 */
function createMayHaveBeenCarriedOut(failure: unknown, classify: (failure: unknown) => LoadError): boolean {
  if (failure instanceof InvalidRequestError || failure instanceof LoadFailure || failure instanceof CancelledError) return false;
  return answerMayHaveBeenLost(classify(failure));
}

/**
 * Creates the session and resolves its id. The create is never repeated: when its answer may have been lost, the
 * session is looked up by the id the control chose for it (a retried read), and only when it is not there does the
 * create's own failure reach the caller, so the agent is offered to try again only when nothing was made.
 */
export async function createSessionOnce(
  repository: Pick<SessionRepository, "createSession" | "sessionExists">,
  request: NewSessionRequest,
  retryRead: RetryingRead,
  classify: (failure: unknown) => LoadError,
): Promise<string> {
  try {
    return await repository.createSession(request, retryRead);
  } catch (failure) {
    if (!createMayHaveBeenCarriedOut(failure, classify)) throw failure;
    const created = await retryRead(() => repository.sessionExists(request.sessionId)).catch(() => false);
    if (!created) throw failure;
    return request.sessionId;
  }
}
