#!/usr/bin/env python3
"""The national data set generator (bench/national.py), small: 2 partnerships x 2 years.

Checks what the benchmarks rely on and do not themselves test:
  - deterministic: the same seed on the same starting database gives the same rows, table by
    table; another seed gives other rows;
  - it loads into SQLite (executemany) and into PostgreSQL (COPY) with the same row counts;
  - the rows are ones the application accepts: on each backend the generated partnership's
    business manager signs in and its Board meeting page, attendance report and progress report
    answer 200, and nothing of another partnership shows (the demo's name is not on them).

Usage: national_test.py --binary build/safeboard [--postgres-url URL]
"""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reliability as rl  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NATIONAL = os.path.join(ROOT, "bench", "national.py")
SIZE = ["--partnerships", "2", "--years", "2"]


def generate(url, seed, workdir):
    result = subprocess.run([sys.executable, NATIONAL, "--database", url, *SIZE, "--seed", seed],
                            capture_output=True, timeout=600, cwd=workdir)
    if result.returncode != 0:
        raise rl.Failure(f"national.py failed on {rl.redact(url)}:\n"
                         + result.stderr.decode(errors="replace")[-2000:])


def tables(db):
    # The search index is derived from the records and built by each engine its own way (FTS5's
    # shadow tables on SQLite, a tsvector column on PostgreSQL): not part of the comparison.
    return sorted(r[0] for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'schema_migrations' AND name NOT LIKE 'search_index%'"))


def fingerprint(db):
    """Each table's row count and a hash of its rows in id order."""
    out = {}
    for table in tables(db):
        rows = db.query(f"SELECT * FROM {table} ORDER BY 1")
        out[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:16])
    return out


def counts(db, names):
    return {t: int(db.query(f"SELECT count(*) FROM {t}")[0][0]) for t in names}


def check_pages(binary, url, workdir, label):
    """Signs in as national-001's business manager and opens its reports."""
    db = rl.SqliteDb(url[len("sqlite:"):]) if url.startswith("sqlite:") else rl.PostgresDb(url)
    board, meeting = db.query(
        "SELECT g.id, (SELECT m.id FROM meetings m WHERE m.group_id = g.id AND m.cancelled = 0 "
        "AND m.meets_on BETWEEN '2011-04-01' AND '2012-03-31' ORDER BY m.meets_on DESC LIMIT 1) "
        "FROM partnership_groups g JOIN partnerships p ON p.id = g.partnership_id "
        "WHERE p.slug = 'national-001' AND g.kind = 'board' ORDER BY g.id LIMIT 1")[0]
    server = rl.Server(binary, url, os.path.join(workdir, f"server-{label}.log")).start()
    try:
        client = rl.Client(server.port)
        rl.sign_in(client, email="business.manager@national-001.safeboard.test")
        for path in (f"/p/national-001/meetings/{meeting}",
                     f"/p/national-001/groups/{board}/attendance?year=2011",
                     f"/p/national-001/meetings/{meeting}/progress-report",
                     "/p/national-001/assurance?year=2011", "/p/national-001/assurance/section-11",
                     "/p/national-001/assurance/lado?year=2011&publication=yes",
                     "/p/national-001/assurance/case-audits?year=2011",
                     "/p/national-001/assurance/safer-workforce",
                     "/p/national-001/training/report?year=2011",
                     "/p/national-001/training/charges?year=2011",
                     "/p/national-001/training/budget?year=2011"):
            status, _, body = client.get(path)
            if status != 200:
                raise rl.Failure(f"{label}: GET {path} answered {status}")
            if b"Milton Keynes" in body:
                raise rl.Failure(f"{label}: GET {path} shows the demo partnership's name")
        status, _, _ = client.get("/p/milton-keynes")
        if status != 404:
            raise rl.Failure(f"{label}: national-001's business manager got {status} for the demo partnership")
        client.close()
    finally:
        server.stop()
    rl.log(f"  {label}: national-001's meeting, attendance and progress pages answer 200")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--postgres-url")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="safeboard-national-")
    pg_name = f"safeboard_national_{os.getpid()}"
    base_url = None
    try:
        binary = rl.copy_binary(args.binary, workdir)
        rl.log("national set test: 2 partnerships x 2 years on top of the demo")
        paths = {name: os.path.join(workdir, name + ".db") for name in ("a", "b", "c")}
        rl.load_demo(binary, "sqlite:" + paths["a"], workdir)
        for name in ("b", "c"):
            shutil.copy(paths["a"], paths[name])
        generate("sqlite:" + paths["a"], "1", workdir)
        generate("sqlite:" + paths["b"], "1", workdir)
        generate("sqlite:" + paths["c"], "2", workdir)
        a, b, c = (fingerprint(rl.SqliteDb(paths[n])) for n in ("a", "b", "c"))
        if a != b:
            differ = [t for t in a if a[t] != b.get(t)]
            raise rl.Failure(f"the same seed gave different rows in {differ}")
        if a == c:
            raise rl.Failure("seeds 1 and 2 gave the same rows")
        total = sum(n for n, _ in a.values())
        rl.log(f"  SQLite: {total} rows in {len(a)} tables; seed 1 twice: identical; seed 2: different")
        for table in ("meetings", "attendance", "plan_actions", "progress_updates", "indicator_values",
                      "child_death_notifications", "child_death_reviews", "audited_cases", "audited_case_findings",
                      "workforce_returns", "training_bookings", "training_conference_sessions",
                      "training_budget_items"):
            if a.get(table, (0,))[0] == 0:
                raise rl.Failure(f"no {table} rows were generated")
        check_pages(binary, "sqlite:" + paths["a"], workdir, "SQLite")

        base_url = rl.postgres_url_from(args.postgres_url)
        url = rl.create_postgres_database(base_url, pg_name)
        rl.load_demo(binary, url, workdir)
        generate(url, "1", workdir)
        names = tables(rl.SqliteDb(paths["a"]))
        expected = {t: n for t, (n, _) in a.items()}
        actual = counts(rl.PostgresDb(url), names)
        if actual != expected:
            differ = {t: (expected[t], actual.get(t)) for t in expected if expected[t] != actual.get(t)}
            raise rl.Failure(f"PostgreSQL row counts differ from SQLite's (sqlite, postgres): {differ}")
        rl.log(f"  PostgreSQL (COPY): the same {total} rows per table as SQLite")
        check_pages(binary, url, workdir, "PostgreSQL")
    finally:
        if base_url:
            rl.drop_postgres_database(base_url, pg_name)
        shutil.rmtree(workdir, ignore_errors=True)
    rl.log("national set test: passed")


if __name__ == "__main__":
    rl.exit_with(main)
