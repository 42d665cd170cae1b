import type { Actor } from '../workspace/access';
import type { Workspace } from '../workspace/workspace';

/**
 * After a member's create or cancel went through: who created the order (shown as "created by") and an
 * audit entry with the order id and the Idempotency-Key. A replayed create (the same key again) adds no
 * second entry.
 */
export async function recordOrderWrite(
  workspace: Workspace,
  write: { actor: Actor; path: string; body: string; address: string; headers: Headers; replayed: Headers },
): Promise<void> {
  const order = orderOf(write.body);
  if (!order) return;
  const replay = write.replayed.get('idempotent-replayed') === 'true';
  if (write.path === '/orders/stars' || write.path === '/orders/premium') {
    await workspace.authors.record(order.id, write.actor.member);
    if (replay) return;
    await workspace.audit.record({
      action: 'order.created',
      actor: write.actor.member,
      address: write.address,
      detail: { order_id: order.id, product: order.product, idempotency_key: write.headers.get('idempotency-key') },
    });
  } else if (write.path.endsWith('/cancel')) {
    await workspace.audit.record({
      action: 'order.cancelled',
      actor: write.actor.member,
      address: write.address,
      detail: { order_id: order.id },
    });
  }
}

function orderOf(body: string): { id: number; product: string | null } | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (!parsed || typeof parsed !== 'object' || !('data' in parsed)) return undefined;
    const data = parsed.data;
    if (!data || typeof data !== 'object' || !('id' in data) || typeof data.id !== 'number') return undefined;
    const product = 'order_type' in data && typeof data.order_type === 'string' ? data.order_type : null;
    return { id: data.id, product };
  } catch {
    return undefined;
  }
}
