#!/usr/bin/env python3
"""Crash loop: kill the server (and, for PostgreSQL, the database) in the middle of writes, then
check that nothing acknowledged was lost and nothing was half written.

Each trial starts `safeboard serve` on the same database, signs in as the business manager, runs
several writer threads that create agencies through the agency form (POST
/p/milton-keynes/agencies, one keep-alive connection each), and after a random delay (seeded)
SIGKILLs the server. With PostgreSQL the cluster is crashed too (`pg_ctl -m immediate stop`, in a
random order with the SIGKILL) and started again. Then, reading the database directly:

  - every agency whose POST was answered 2xx/3xx is present (with the id its redirect named):
    this trial's after every trial, every trial's so far every --full-check-every trials (10)
    and after the last;
  - every agency named crash-* has exactly one audit_log row (create, agency, its id), and every
    such audit row has its agency: the form writes both in one transaction
    (src/governance/pages/agencies.cc, CreateAgency);
  - no crash-* agency exists that was never sent;
  - SQLite: PRAGMA integrity_check is ok and PRAGMA foreign_key_check is empty;
    PostgreSQL: amcheck's bt_index_check(heapallindexed) passes on every index.

Usage: crash_test.py --binary build/safeboard --backend sqlite --trials 50 [--seed 1]
       crash_test.py --binary build/safeboard --backend postgres --trials 50
                     [--postgres-url URL]   (default: $SAFEBOARD_TEST_POSTGRES_URL)
"""
import argparse
import collections
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reliability as rl  # noqa: E402

PREFIX = "crash-"


class Writer(threading.Thread):
    """Creates agencies crash-T-W-N on one keep-alive connection until the server goes away."""

    def __init__(self, trial, index, port, cookies, token, results, lock, stop):
        super().__init__(daemon=True)
        self.trial, self.index = trial, index
        self.client = rl.Client(port, timeout=20, cookies=cookies)
        self.token = token
        self.results, self.lock, self.stop = results, lock, stop

    def run(self):
        n = 0
        while not self.stop.is_set():
            name = f"{PREFIX}{self.trial}-{self.index}-{n}"
            n += 1
            with self.lock:
                self.results[name] = ("sent", None)
            try:
                status, agency_id = rl.create_agency(self.client, self.token, name)
            except Exception as e:  # the kill: reset, broken pipe, refused, EOF
                with self.lock:
                    self.results[name] = ("no answer", type(e).__name__)
                break
            with self.lock:
                self.results[name] = (status, agency_id)
            if status >= 500:
                time.sleep(0.01)  # the database is down (PostgreSQL crashed first): don't spin
        self.client.close()


class CrashTest:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.cluster = None
        if args.backend == "postgres":  # before anything else: fail at once without a cluster
            self.base_url = rl.postgres_url_from(args.postgres_url)
            self.cluster = rl.PgCluster(self.base_url)
        self.workdir = tempfile.mkdtemp(prefix=f"safeboard-crash-{args.backend}-")
        self.binary = rl.copy_binary(args.binary, self.workdir)
        self.server_log = os.path.join(self.workdir, "server.log")
        self.pg_name = None
        self.acknowledged = {}  # name -> id, every trial so far
        self.sent = set()
        self.counts = collections.Counter()
        self.statuses = collections.Counter()
        self.integrity_ok = 0
        self.integrity_checked = 0
        self.trials_done = 0
        self.verified_present = 0
        self.server = None

    # --------------------------------------------------------------------------- setup
    def set_up(self):
        if self.args.backend == "sqlite":
            self.db = rl.SqliteDb(os.path.join(self.workdir, "crash.db"))
        else:
            base = self.base_url
            self.pg_name = f"safeboard_crash_{os.getpid()}_{self.args.seed}"
            url = rl.create_postgres_database(base, self.pg_name)
            # The test cluster runs with synchronous_commit=off (scripts/start-postgres-for-tests,
            # for speed); with it a commit is acknowledged before its WAL is written, and an
            # immediate shutdown may lose it. safeboard relies on the default (on), as any
            # deployment has: restore it for this database.
            rl.PostgresDb(url).query(f'ALTER DATABASE "{self.pg_name}" SET synchronous_commit = on')
            self.db = rl.PostgresDb(url)
        rl.load_demo(self.binary, self.db.url, self.workdir)
        if self.args.backend == "postgres":
            try:
                self.db.query("CREATE EXTENSION IF NOT EXISTS amcheck")
                self.has_amcheck = True
            except rl.Failure as e:
                rl.log(f"note: amcheck is not available, index checks skipped ({e})")
                self.has_amcheck = False

    def tear_down(self, success):
        if self.pg_name and success:
            rl.drop_postgres_database(self.base_url, self.pg_name)
        if success and not self.args.keep:
            shutil.rmtree(self.workdir, ignore_errors=True)
        else:
            os.remove(self.binary)  # keep the database and the server log, not 70 MB of binary
            rl.log(f"files kept in {self.workdir}"
                   + (f"; PostgreSQL database {self.pg_name}" if self.pg_name else ""))

    # --------------------------------------------------------------------------- one trial
    def trial(self, number):
        server = self.server = rl.Server(self.binary, self.db.url, self.server_log).start()
        client = rl.Client(server.port)
        token = rl.sign_in(client)
        cookies = dict(client.cookies)
        client.close()

        results, lock, stop = {}, threading.Lock(), threading.Event()
        writers = [Writer(number, w, server.port, cookies, token, results, lock, stop)
                   for w in range(self.args.writers)]
        delay = self.rng.uniform(self.args.min_delay_ms, self.args.max_delay_ms) / 1000.0
        database_first = self.cluster is not None and self.rng.random() < 0.5
        for w in writers:
            w.start()
        time.sleep(delay)
        if database_first:
            self.cluster.crash()
            server.kill()
        else:
            server.kill()
            if self.cluster:
                self.cluster.crash()
        stop.set()
        for w in writers:
            w.join(timeout=60)
            if w.is_alive():
                raise rl.Failure(f"trial {number}: a writer is still waiting 60 s after the kill")
        if self.cluster:
            self.cluster.start()
        self.trials_done += 1
        return results, delay, database_first

    # --------------------------------------------------------------------------- checks
    def verify(self, number, results):
        violations = []
        for name, (status, agency_id) in results.items():
            self.sent.add(name)
            self.counts["writes sent"] += 1
            if status == "sent":
                violations.append(f"{name}: the writer neither got an answer nor an error")
            elif status == "no answer":
                self.counts["writes in flight at the kill"] += 1
            else:
                self.counts["writes answered"] += 1
                self.statuses[status] += 1
                if 200 <= status < 400:
                    if status == 303 and agency_id is None:
                        violations.append(f"{name}: answered 303 without an agency in Location")
                    self.acknowledged[name] = agency_id

        # SQLite: first, before anything else opens the file the crashed server left.
        # PostgreSQL: amcheck, where the cluster has it.
        if self.args.backend == "sqlite" or self.has_amcheck:
            self.integrity_checked += 1
            ok, detail = self.db.integrity()
            if ok:
                self.integrity_ok += 1
            else:
                violations.append(f"integrity: {detail}")

        # This trial's agencies every trial; every trial's (all crash-* agencies, every write
        # acknowledged so far) every --full-check-every trials and after the last one.
        full = number % self.args.full_check_every == 0 or number == self.args.trials
        pattern = f"{PREFIX}%" if full else f"{PREFIX}{number}-%"
        agencies = {row[1]: int(row[0]) for row in
                    self.db.query(f"SELECT id, name FROM agencies WHERE name LIKE '{pattern}'")}
        audit = collections.Counter()
        for record_id, count in self.db.query(
                "SELECT record_id, COUNT(*) FROM audit_log WHERE action = 'create' "
                "AND record_type = 'agency' AND record_id IN "
                f"(SELECT id FROM agencies WHERE name LIKE '{pattern}') GROUP BY record_id"):
            audit[int(record_id)] = int(count)
        # Audit rows (create, agency) without their agency, anywhere in the table.
        for record_id, count in self.db.query(
                "SELECT COALESCE(CAST(a.record_id AS TEXT), 'NULL'), COUNT(*) FROM audit_log a "
                "WHERE a.action = 'create' AND a.record_type = 'agency' AND NOT EXISTS "
                "(SELECT 1 FROM agencies g WHERE g.id = a.record_id) GROUP BY a.record_id"):
            violations.append(f"HALF-WRITTEN: {count} audit row(s) (create, agency) name agency "
                              f"{record_id}, which does not exist")

        in_scope = (self.acknowledged if full else
                    {n: i for n, i in self.acknowledged.items() if n in results})
        present = 0
        for name, agency_id in in_scope.items():
            if name not in agencies:
                violations.append(f"LOST: {name} was acknowledged (id {agency_id}) but is not in "
                                  "the database")
            elif agency_id is not None and agencies[name] != agency_id:
                violations.append(f"{name}: the redirect named id {agency_id}, the database "
                                  f"has {agencies[name]}")
            else:
                present += 1
        if full:
            self.verified_present = present
        for name, agency_id in agencies.items():
            if name not in self.sent:
                violations.append(f"{name} (id {agency_id}) is in the database but was never sent")
            if audit[agency_id] != 1:
                violations.append(f"HALF-WRITTEN: agency {name} (id {agency_id}) has "
                                  f"{audit[agency_id]} audit rows (create, agency), not 1")

        # Unanswered writes that committed anyway (allowed: the answer was lost, not the write).
        for name, (status, _) in results.items():
            if status == "no answer" and name in agencies:
                self.counts["in flight, committed anyway"] += 1
        return violations

    # --------------------------------------------------------------------------- main
    def run(self):
        args = self.args
        rl.log(f"crash test: backend {args.backend}, {args.trials} trials, {args.writers} writers, "
               f"seed {args.seed}, kill after {args.min_delay_ms}-{args.max_delay_ms} ms")
        start = time.monotonic()
        success = False
        try:
            self.set_up()
            for number in range(1, args.trials + 1):
                results, delay, database_first = self.trial(number)
                violations = self.verify(number, results)
                answered = sum(1 for s, _ in results.values() if s not in ("sent", "no answer"))
                in_flight = sum(1 for s, _ in results.values() if s == "no answer")
                if args.verbose or violations:
                    order = (" (database crashed first)" if database_first else
                             " (server killed first)" if self.cluster else "")
                    rl.log(f"trial {number}: killed after {delay * 1000:.0f} ms{order}, "
                           f"{answered} answered, {in_flight} in flight")
                if violations:
                    for v in violations[:50]:
                        rl.log(f"  VIOLATION: {v}")
                    raise rl.Failure(f"trial {number} (seed {args.seed}): {len(violations)} "
                                     "violation(s), listed above")
            # One last start: the server comes up on what the last crash left and serves it.
            server = self.server = rl.Server(self.binary, self.db.url, self.server_log).start()
            client = rl.Client(server.port)
            rl.sign_in(client)
            status, _, _ = client.get(f"/api/v1/p/{rl.SLUG}/agencies")
            client.close()
            server.stop()
            if status != 200:
                raise rl.Failure(f"after the last crash GET /api/v1/p/{rl.SLUG}/agencies "
                                 f"answered {status}")
            success = True
        finally:
            elapsed = time.monotonic() - start
            if self.server:
                self.server.kill()
            if self.cluster and not self.cluster.running():
                try:
                    self.cluster.start()  # leave the shared cluster up for the other tests
                except rl.Failure as e:
                    rl.log(f"PostgreSQL could not be started again: {e}")
            self.report(elapsed)
            self.tear_down(success)
        return 0

    def report(self, elapsed):
        c = self.counts
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(self.statuses.items()))
        integrity = (f"{self.integrity_ok}/{self.integrity_checked}" if self.integrity_checked
                     else "not checked")
        rl.log(f"crash test ({self.args.backend}) summary:\n"
               f"  trials run:                    {self.trials_done}\n"
               f"  writes sent:                   {c['writes sent']}\n"
               f"  writes answered:               {c['writes answered']} ({statuses})\n"
               f"  writes acknowledged (2xx/3xx): {len(self.acknowledged)}\n"
               f"  writes verified present:       {self.verified_present}\n"
               f"  writes in flight at the kill:  {c['writes in flight at the kill']} "
               f"({c['in flight, committed anyway']} committed anyway)\n"
               f"  integrity ok:                  {integrity}\n"
               f"  time:                          {elapsed:.1f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--min-delay-ms", type=int, default=50)
    parser.add_argument("--max-delay-ms", type=int, default=600)
    parser.add_argument("--postgres-url", default=None,
                        help="a cluster from scripts/start-postgres-for-tests "
                             "(default: $SAFEBOARD_TEST_POSTGRES_URL)")
    parser.add_argument("--full-check-every", type=int, default=10,
                        help="check every acknowledged write, not only the trial's, every N trials")
    parser.add_argument("--keep", action="store_true", help="keep the temporary files")
    parser.add_argument("--verbose", action="store_true", help="one line per trial")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # ctest's timeout: clean up
    return CrashTest(args).run()


if __name__ == "__main__":
    rl.exit_with(main)
