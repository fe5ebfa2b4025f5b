"""Django's PostgreSQL backend with a health check that cannot hang.

Production keeps connections open between requests (CONN_MAX_AGE) and checks each one before
reuse (CONN_HEALTH_CHECKS). Django's check runs `SELECT 1` on the open socket and waits for the
answer without a limit: `statement_timeout` is enforced by the server, so a server (or network)
that stalls under an open connection would hold the request, and the worker, for ever. Here the
check sends its `SELECT 1` and waits at most DB_HEALTH_CHECK_TIMEOUT_MS for the answer; a
connection that does not answer in time counts as unusable, Django closes it and connects anew,
and a new connection is bounded by `connect_timeout` (settings/base.with_postgresql_limits).
"""

import select
import time

from psycopg import pq

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        if self.connection is None or self.connection.closed:
            return False
        pgconn = self.connection.pgconn
        if pgconn.transaction_status != pq.TransactionStatus.IDLE:
            return super().is_usable()  # inside a transaction: not a reuse check
        seconds = self.settings_dict.get("HEALTH_CHECK_TIMEOUT_MS", 1000) / 1000
        return answers_within(pgconn, seconds)


def answers_within(pgconn, seconds):
    """Whether the server answers `SELECT 1` on this connection within `seconds`."""
    deadline = time.monotonic() + seconds
    try:
        pgconn.send_query(b"SELECT 1")
        while True:
            pgconn.consume_input()
            if not pgconn.is_busy():
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            select.select([pgconn.socket], [], [], remaining)
        usable = False
        while (result := pgconn.get_result()) is not None:
            usable = result.status == pq.ExecStatus.TUPLES_OK
        return usable
    except Exception:  # noqa: BLE001 - any failure of the check means: connect anew
        return False
