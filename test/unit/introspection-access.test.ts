// Who may read the introspection API without a token: loopback only, in every form uWS
// reports a peer address (IPv4, IPv6, IPv4-mapped, unabbreviated).
import t from 'tap';
import { isLoopback } from '../../src/hotpath/server/introspection-routes';

t.test('loopback addresses are recognised in every form; others are not', async (t) => {
  for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '0000:0000:0000:0000:0000:0000:0000:0001', '0000:0000:0000:0000:0000:ffff:7f00:0001']) {
    t.ok(isLoopback(a), a);
  }
  for (const a of [
    '192.0.2.2',
    '10.0.0.1',
    '128.0.0.1',
    '::2',
    '::ffff:10.0.0.1',
    '0000:0000:0000:0000:0000:ffff:0a00:0001',
    'fe80:0000:0000:0000:0000:0000:0000:0001',
    '',
  ]) {
    t.notOk(isLoopback(a), a || '(empty)');
  }
});
