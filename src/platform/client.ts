/** Whether the client knows it has no connection (mobile offline mode or no network). */
export function isClientOffline(client: ComponentFramework.Client | undefined): boolean {
  try {
    return client?.isOffline?.() === true || client?.isNetworkAvailable?.() === false;
  } catch {
    return false;
  }
}
