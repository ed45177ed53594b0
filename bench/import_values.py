#!/usr/bin/env python3
"""Helpers of bench/run's import benchmark.

    bench/import_values.py csv DB SLUG ROWS OUT.csv   # write ROWS indicator values to import
    bench/import_values.py plain DB SLUG IN.csv       # the plain insert: prints rows and seconds

`csv` writes Code, Period, Value rows for the partnership's indicators that take typed values
(not rates per 10,000, which are computed and refused by the import's checks), period by period
from 2100-01 upwards so that no row collides with a value national.py stored (2011-12) or with
another row: a plain INSERT must succeed on every row.

`plain` is the baseline: the same rows into the same table of a copy of the same database, with
the server's connection settings (WAL, synchronous=FULL, foreign keys on), Python's csv reader,
the code -> id lookup and one executemany of a prepared INSERT in one transaction. The time runs
from opening the database to the commit, as `safeboard import values` is timed from its start to
its exit.
"""
import csv
import random
import sqlite3
import sys
import time


def indicators(db, slug, typed_only):
    sql = ("SELECT i.code, i.id, i.unit FROM indicators i JOIN partnerships p ON p.id = i.partnership_id "
           "WHERE p.slug = ?" + (" AND i.unit <> 'rate_per_10000'" if typed_only else "") + " ORDER BY i.code")
    rows = db.execute(sql, (slug,)).fetchall()
    if not rows:
        sys.exit("import_values.py: partnership %s has no indicators" % slug)
    return rows


def write_csv(path, slug, count, out):
    db = sqlite3.connect(path)
    catalogue = indicators(db, slug, True)
    rng = random.Random(1)
    written = 0
    year = 2100
    with open(out, "w", newline="") as f:
        f.write("Code,Period,Value\n")
        while written < count:
            label = "%d-%02d" % (year, (year + 1) % 100)
            for period in [label] + ["%s Q%d" % (label, q) for q in range(1, 5)]:
                for code, _id, unit in catalogue:
                    if written == count:
                        break
                    top = 100 if unit == "percentage" else 900
                    f.write("%s,%s,%.1f\n" % (code, period, rng.uniform(0, top)))
                    written += 1
            year += 1
    print(written)


def plain(path, slug, source):
    started = time.monotonic()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    ids = {code: id_ for code, id_, _unit in indicators(db, slug, False)}
    with open(source, newline="") as f:
        reader = csv.reader(f)
        next(reader)
        rows = [(ids[code], period, float(value)) for code, period, value in reader]
    db.execute("BEGIN")
    db.executemany("INSERT INTO indicator_values (indicator_id, period, value) VALUES (?, ?, ?)", rows)
    db.execute("COMMIT")
    db.close()
    print(len(rows), "%.3f" % (time.monotonic() - started))


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "csv":
        write_csv(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    elif len(sys.argv) == 5 and sys.argv[1] == "plain":
        plain(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__.split("\n\n")[1])


if __name__ == "__main__":
    main()
