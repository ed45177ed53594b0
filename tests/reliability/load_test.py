#!/usr/bin/env python3
"""Load test: many signed-in keep-alive connections for a fixed time, mostly reading real pages,
some writing; then check that nothing failed and no acknowledged write was lost.

--connections threads (default 50), each with its own keep-alive http.client connection, signed
in as the business manager (--sessions sessions shared among them). 95% of requests are GETs over
a mix of real pages (partnership home, groups, a few group and meeting pages, plans, child
deaths, governance calendar, the agencies API), 5% create an agency through the form (POST
/p/milton-keynes/agencies, unique names load-C-N). Every page is checked to answer 200 first.

At the end the server is stopped (SIGTERM) and the database read directly. Fails on any 5xx,
any transport error, any other unexpected status (a GET not 200, a write not 303), any write
answered 303 whose agency is not in the database with the id its redirect named (a lost write),
or an agency without exactly one audit row.

Usage: load_test.py --binary build/safeboard [--seconds 60] [--connections 50]
                    [--backend sqlite|postgres] [--postgres-url URL]
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

PREFIX = "load-"


def pages(db):
    """The GET mix: real pages of the demo partnership."""
    slug = rl.SLUG
    partnership = int(db.query(f"SELECT id FROM partnerships WHERE slug = '{slug}'")[0][0])
    groups = [int(r[0]) for r in db.query(
        f"SELECT id FROM partnership_groups WHERE partnership_id = {partnership} ORDER BY id LIMIT 3")]
    meetings = [int(r[0]) for r in db.query(
        f"SELECT id FROM meetings WHERE partnership_id = {partnership} ORDER BY id LIMIT 3")]
    plans = [int(r[0]) for r in db.query(
        f"SELECT id FROM plans WHERE partnership_id = {partnership} ORDER BY id LIMIT 1")]
    if not groups or not meetings:
        raise rl.Failure("the demo board has no groups or meetings to read")
    paths = [f"/p/{slug}", f"/p/{slug}/groups", f"/p/{slug}/plans", f"/p/{slug}/child-deaths",
             f"/p/{slug}/governance-calendar", f"/api/v1/p/{slug}/agencies"]
    paths += [f"/p/{slug}/groups/{g}" for g in groups]
    paths += [f"/p/{slug}/meetings/{m}" for m in meetings]
    paths += [f"/p/{slug}/plans/{p}" for p in plans]
    return paths


class Worker(threading.Thread):
    def __init__(self, index, port, cookies, token, paths, seed, deadline, write_share):
        super().__init__(daemon=True)
        self.index = index
        self.client = rl.Client(port, timeout=30, cookies=cookies)
        self.token = token
        self.paths = paths
        self.rng = random.Random(seed)
        self.deadline = deadline
        self.write_share = write_share
        self.statuses = collections.Counter()  # ("GET"|"POST", status)
        self.unexpected = []  # (method, path, status) for the first few
        self.errors = collections.Counter()  # transport errors by type
        self.writes = {}  # name -> (status, id)
        self.latencies = []

    def run(self):
        n = 0
        while time.monotonic() < self.deadline:
            write = self.rng.random() < self.write_share
            started = time.monotonic()
            try:
                if write:
                    name = f"{PREFIX}{self.index}-{n}"
                    n += 1
                    self.writes[name] = ("no answer", None)
                    status, agency_id = rl.create_agency(self.client, self.token, name)
                    self.writes[name] = (status, agency_id)
                    method, path, expected = "POST", f"/p/{rl.SLUG}/agencies", 303
                else:
                    path = self.rng.choice(self.paths)
                    status, _, _ = self.client.get(path)
                    method, expected = "GET", 200
            except Exception as e:  # reset, refused, timeout, malformed answer
                self.errors[type(e).__name__] += 1
                self.client.reconnect()
                continue
            self.latencies.append(time.monotonic() - started)
            self.statuses[(method, status)] += 1
            if status != expected and len(self.unexpected) < 10:
                self.unexpected.append((method, path, status))
        self.client.close()


def percentile(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100.0 * len(values)))]


def run(args):
    if args.backend == "postgres":  # before anything else: fail at once without a cluster
        rl.postgres_url_from(args.postgres_url)
    workdir = tempfile.mkdtemp(prefix=f"safeboard-load-{args.backend}-")
    binary = rl.copy_binary(args.binary, workdir)
    server_log = os.path.join(workdir, "server.log")
    pg_name = base_url = None
    server = None
    success = False
    try:
        if args.backend == "sqlite":
            db = rl.SqliteDb(os.path.join(workdir, "load.db"))
        else:
            base_url = rl.postgres_url_from(args.postgres_url)
            pg_name = f"safeboard_load_{os.getpid()}"
            db = rl.PostgresDb(rl.create_postgres_database(base_url, pg_name))
        rl.load_demo(binary, db.url, workdir)
        server = rl.Server(binary, db.url, server_log).start()

        sessions = []
        for _ in range(max(1, args.sessions)):
            client = rl.Client(server.port)
            token = rl.sign_in(client)
            sessions.append((dict(client.cookies), token))
            client.close()

        paths = pages(db)
        check = rl.Client(server.port, cookies=sessions[0][0])
        for path in paths:
            status, _, _ = check.get(path)
            if status != 200:
                raise rl.Failure(f"before the run GET {path} answered {status}, not 200")
        check.close()

        rl.log(f"load test: backend {args.backend}, {args.connections} connections, "
               f"{len(sessions)} sessions, {args.seconds} s, {len(paths)} pages, "
               f"{args.write_percent}% writes")
        started = time.monotonic()
        deadline = started + args.seconds
        workers = [Worker(i, server.port, *sessions[i % len(sessions)], paths,
                          args.seed * 100003 + i, deadline, args.write_percent / 100.0)
                   for i in range(args.connections)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=args.seconds + 120)
            if w.is_alive():
                raise rl.Failure("a connection is still waiting for an answer 120 s after the end")
        elapsed = time.monotonic() - started

        if server.process.poll() is not None:
            raise rl.Failure(f"the server died during the run (exit status "
                             f"{server.process.returncode}); log:\n" + rl.tail(server_log))
        exit_status = server.stop()
        server = None

        statuses = collections.Counter()
        errors = collections.Counter()
        writes, unexpected, latencies = {}, [], []
        for w in workers:
            statuses.update(w.statuses)
            errors.update(w.errors)
            writes.update(w.writes)
            unexpected += w.unexpected
            latencies += w.latencies
        requests = sum(statuses.values())
        server_errors = sum(v for (_, s), v in statuses.items() if s >= 500)
        gets = sum(v for (m, _), v in statuses.items() if m == "GET")
        posts = sum(v for (m, _), v in statuses.items() if m == "POST")
        created = {name: agency_id for name, (status, agency_id) in writes.items() if status == 303}
        unexpected_count = sum(v for (m, s), v in statuses.items()
                               if (m == "GET" and s != 200) or (m == "POST" and s != 303))

        agencies = {row[1]: int(row[0]) for row in
                    db.query(f"SELECT id, name FROM agencies WHERE name LIKE '{PREFIX}%'")}
        audit = collections.Counter(int(r[0]) for r in db.query(
            "SELECT record_id FROM audit_log WHERE action = 'create' AND record_type = 'agency' "
            "AND record_id IS NOT NULL"))
        lost = [name for name, agency_id in created.items()
                if agencies.get(name) is None or (agency_id is not None and agencies[name] != agency_id)]
        half = [name for name, agency_id in agencies.items() if audit[agency_id] != 1]
        integrity = "not checked"
        if args.backend == "sqlite":
            ok, integrity = db.integrity()

        rl.log(f"load test ({args.backend}) results:\n"
               f"  requests:           {requests} in {elapsed:.1f} s\n"
               f"  requests/s:         {requests / elapsed:.0f}\n"
               f"  GETs:               {gets}\n"
               f"  writes:             {posts} ({len(created)} answered 303)\n"
               f"  statuses:           "
               + ", ".join(f"{m} {s}: {v}" for (m, s), v in sorted(statuses.items())) + "\n"
               f"  5xx:                {server_errors}\n"
               f"  transport errors:   {sum(errors.values())}"
               + (f" ({dict(errors)})" if errors else "") + "\n"
               f"  unexpected status:  {unexpected_count}\n"
               f"  lost writes:        {len(lost)}\n"
               f"  half-written:       {len(half)}\n"
               f"  latency ms:         p50 {percentile(latencies, 50) * 1000:.1f}, "
               f"p95 {percentile(latencies, 95) * 1000:.1f}, "
               f"p99 {percentile(latencies, 99) * 1000:.1f}, "
               f"max {max(latencies, default=0) * 1000:.1f}\n"
               f"  integrity:          {integrity}\n"
               f"  server exit status: {exit_status}")

        problems = []
        if requests == 0:
            problems.append("no request was answered")
        if server_errors:
            problems.append(f"{server_errors} answers were 5xx")
        if errors:
            problems.append(f"{sum(errors.values())} transport errors: {dict(errors)}")
        if unexpected_count:
            problems.append(f"{unexpected_count} unexpected statuses, e.g. {unexpected[:5]}")
        if lost:
            problems.append(f"{len(lost)} writes answered 303 are not in the database, "
                            f"e.g. {lost[:5]}")
        if half:
            problems.append(f"{len(half)} agencies without exactly one audit row, e.g. {half[:5]}")
        if args.backend == "sqlite" and integrity != "ok":
            problems.append(f"integrity: {integrity}")
        if problems:
            raise rl.Failure("; ".join(problems) + "\nserver log (tail):\n" + rl.tail(server_log))
        success = True
    finally:
        if server:
            server.kill()
        if pg_name and success:
            rl.drop_postgres_database(base_url, pg_name)
        if success and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            os.remove(binary)  # keep the database and the server log, not 70 MB of binary
            rl.log(f"files kept in {workdir}" + (f"; PostgreSQL database {pg_name}" if pg_name else ""))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--sessions", type=int, default=5)
    parser.add_argument("--write-percent", type=float, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres-url", default=None,
                        help="default: $SAFEBOARD_TEST_POSTGRES_URL")
    parser.add_argument("--keep", action="store_true", help="keep the temporary files")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # ctest's timeout: clean up
    return run(args)


if __name__ == "__main__":
    rl.exit_with(main)
