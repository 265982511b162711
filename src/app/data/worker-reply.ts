/**
 * Posts `request` to a worker and resolves with its reply of the same id (the workers answer by id, so
 * an answer to an earlier request is not taken for this one). Rejects when the worker cannot start or
 * fails, with `cannotStart` when the browser gives no message.
 */
export function replyOf<Reply extends { id: number }>(
  worker: Worker,
  request: { id: number },
  cannotStart: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<Reply>) => {
      if (event.data.id !== request.id) return;
      finish();
      resolve(event.data);
    };
    const onError = (event: ErrorEvent) => {
      finish();
      event.preventDefault();
      reject(new Error(event.message || cannotStart));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(request);
  });
}
