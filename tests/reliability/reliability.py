"""Shared pieces of the reliability tests (crash_test.py, load_test.py).

Everything runs on loopback: a copy of the safeboard binary serving a demo database in a
temporary directory (SQLite) or a fresh database in the throwaway PostgreSQL cluster that
scripts/start-postgres-for-tests started. Standard library only.
"""
import glob
import http.client
import os
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse

SLUG = "milton-keynes"
MANAGER_EMAIL = "business.manager@demo.safeboard.test"
MANAGER_PASSWORD = "demo-business-manager"
SESSION_COOKIE = "safeboard"


class Failure(Exception):
    """A test failure, reported with its message and a non-zero exit."""


def log(message):
    print(message, flush=True)


# ----------------------------------------------------------------------------- the binary

def copy_binary(path, workdir, wait_seconds=300):
    """Copies the binary into workdir (it may be rebuilt under us) and checks the copy runs."""
    deadline = time.monotonic() + wait_seconds
    target = os.path.join(workdir, "safeboard")
    last_error = ""
    while True:
        if os.path.isfile(path):
            try:
                shutil.copy2(path, target)
                os.chmod(target, 0o755)
                probe = subprocess.run([target, "--help"], capture_output=True, timeout=30)
                if probe.returncode == 0:
                    return target
                last_error = "the copy does not run: " + probe.stderr.decode(errors="replace")[:300]
            except (OSError, subprocess.SubprocessError) as e:
                last_error = str(e)
        else:
            last_error = f"{path} does not exist"
        if time.monotonic() > deadline:
            raise Failure(f"cannot use the safeboard binary {path}: {last_error}")
        time.sleep(2)  # being rebuilt: wait and retry


def load_demo(binary, database_url, workdir):
    result = subprocess.run([binary, "demo", "--database", database_url], cwd=workdir,
                            capture_output=True, timeout=300)
    if result.returncode != 0:
        raise Failure(f"`safeboard demo --database {redact(database_url)}` failed:\n"
                      + result.stderr.decode(errors="replace")[-2000:])


def redact(url):
    return re.sub(r"://([^:@/]*):[^@/]*@", r"://\1:***@", url)


# ----------------------------------------------------------------------------- the server

class Server:
    """`safeboard serve --port 0` as a child process; the port is read from its stdout."""

    LISTENING = re.compile(rb"listening on http://127\.0\.0\.1:(\d+)/")

    def __init__(self, binary, database_url, log_path, threads=None):
        self.binary = binary
        self.database_url = database_url
        self.log_path = log_path
        self.threads = threads
        self.process = None
        self.port = None

    def start(self, timeout=30):
        args = [self.binary, "serve", "--database", self.database_url, "--port", "0",
                "--insecure-cookies", "--static-dir", "/nonexistent-static"]
        if self.threads:
            args += ["--threads", str(self.threads)]
        with open(self.log_path, "ab") as log_file:
            self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=log_file,
                                            stdin=subprocess.DEVNULL,
                                            cwd=os.path.dirname(self.log_path))
        found = threading.Event()
        seen = bytearray()

        def drain(stream):
            # Reads the port, then keeps draining so the server never blocks on a full pipe.
            for line in iter(stream.readline, b""):
                if self.port is None:
                    seen.extend(line)
                    match = self.LISTENING.search(bytes(seen))
                    if match:
                        self.port = int(match.group(1))
                        found.set()
            stream.close()
            found.set()

        self.port = None
        threading.Thread(target=drain, args=(self.process.stdout,), daemon=True).start()
        found.wait(timeout)
        if self.port is None:
            code = self.process.poll()
            self.kill()
            raise Failure("the server did not start"
                          + (f" (exit status {code})" if code is not None else " in time")
                          + f"; stdout: {bytes(seen).decode(errors='replace')!r}\n"
                          + "server log (tail):\n" + tail(self.log_path))
        return self

    def kill(self):
        """SIGKILL: the crash."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        if self.process:
            self.process.wait(timeout=30)

    def stop(self):
        """SIGTERM and wait: a clean shutdown."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
                raise Failure("the server did not stop within 20 s of SIGTERM")
        return self.process.returncode if self.process else None


def tail(path, lines=30):
    try:
        with open(path, "rb") as f:
            return b"".join(f.readlines()[-lines:]).decode(errors="replace")
    except OSError:
        return "(no log)"


# ----------------------------------------------------------------------------- the client

class Client:
    """One keep-alive HTTP/1.1 connection with a cookie jar."""

    def __init__(self, port, timeout=30, cookies=None):
        self.port = port
        self.timeout = timeout
        self.cookies = dict(cookies or {})
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def close(self):
        self.conn.close()

    def reconnect(self):
        self.conn.close()
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)

    def request(self, method, path, body=None, headers=None):
        """Returns (status, headers message, body bytes); transport errors propagate."""
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        self.conn.request(method, path, body=body, headers=h)
        response = self.conn.getresponse()
        data = response.read()
        for cookie in response.msg.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in cookie:
                self.cookies.pop(name.strip(), None)
            else:
                self.cookies[name.strip()] = value
        return response.status, response.msg, data

    def get(self, path):
        return self.request("GET", path)

    def post_form(self, path, fields):
        return self.request("POST", path, body=urllib.parse.urlencode(fields),
                            headers={"Content-Type": "application/x-www-form-urlencoded"})


def sign_in(client, email=MANAGER_EMAIL, password=MANAGER_PASSWORD):
    """Signs the client in; returns the session's CSRF token for later forms."""
    status, _, body = client.get("/sign-in")
    match = re.search(rb'name="csrf_token" value="([0-9a-f]{64})"', body)
    if status != 200 or not match:
        raise Failure(f"GET /sign-in answered {status} without a csrf_token")
    status, headers, _ = client.post_form(
        "/sign-in", {"csrf_token": match.group(1).decode(), "email": email, "password": password})
    if status != 303 or SESSION_COOKIE not in client.cookies:
        raise Failure(f"signing in as {email} answered {status} (expected 303 and a "
                      f"'{SESSION_COOKIE}' cookie)")
    return csrf_token(client)


def csrf_token(client):
    status, _, body = client.get("/api/v1/me")
    match = re.search(rb'"csrf_token":"([0-9a-f]{64})"', body)
    if status != 200 or not match:
        raise Failure(f"GET /api/v1/me answered {status} without a csrf_token")
    return match.group(1).decode()


AGENCY_LOCATION = re.compile(r"/p/" + SLUG + r"/agencies/(\d+)(\?|$)")


def create_agency(client, token, name):
    """POSTs the agency form. Returns (status, id from the redirect or None)."""
    status, headers, _ = client.post_form(f"/p/{SLUG}/agencies",
                                          {"csrf_token": token, "name": name, "sector": "police"})
    agency_id = None
    if status == 303:
        match = AGENCY_LOCATION.search(headers.get("Location", ""))
        if match:
            agency_id = int(match.group(1))
    return status, agency_id


# ----------------------------------------------------------------------------- the database

class SqliteDb:
    def __init__(self, path):
        self.path = path
        self.url = "sqlite:" + path

    def query(self, sql):
        connection = sqlite3.connect(self.path, timeout=30)
        try:
            return [tuple(row) for row in connection.execute(sql).fetchall()]
        finally:
            connection.close()

    def integrity(self):
        """Returns (ok, detail) from PRAGMA integrity_check and PRAGMA foreign_key_check."""
        rows = self.query("PRAGMA integrity_check")
        if [r[0] for r in rows] != ["ok"]:
            return False, "PRAGMA integrity_check: " + "; ".join(str(r[0]) for r in rows[:10])
        fk = self.query("PRAGMA foreign_key_check")
        if fk:
            return False, f"PRAGMA foreign_key_check: {len(fk)} rows, e.g. {fk[:5]}"
        return True, "ok"


class PostgresDb:
    def __init__(self, url):
        self.url = url

    def query(self, sql):
        result = subprocess.run(["psql", self.url, "-X", "-q", "-A", "-t", "-F", "\x1f",
                                 "-v", "ON_ERROR_STOP=1", "-c", sql],
                                capture_output=True, timeout=120)
        if result.returncode != 0:
            raise Failure(f"psql failed on {sql!r}: "
                          + result.stderr.decode(errors="replace").strip())
        text = result.stdout.decode()
        return [tuple(line.split("\x1f")) for line in text.splitlines() if line != ""]

    def integrity(self):
        """amcheck on every B-tree index of the public schema (heap and index agree)."""
        try:
            rows = self.query(
                "SELECT count(*) FROM (SELECT bt_index_check(c.oid, true) FROM pg_index i "
                "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                "WHERE a.amname = 'btree' AND c.relnamespace = 'public'::regnamespace) checked")
        except Failure as e:
            return False, "amcheck: " + str(e)
        return True, f"ok ({rows[0][0]} indexes)"


def with_database(url, name):
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def create_postgres_database(base_url, name):
    """Creates an empty database in the cluster of base_url; returns its URL."""
    admin = PostgresDb(base_url)
    admin.query(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.query(f'CREATE DATABASE "{name}"')
    return with_database(base_url, name)


def drop_postgres_database(base_url, name):
    try:
        PostgresDb(base_url).query(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except Failure as e:
        log(f"note: could not drop database {name}: {e}")


def postgres_url_from(args_url):
    url = args_url or os.environ.get("SAFEBOARD_TEST_POSTGRES_URL", "")
    if not url:
        raise Failure("the PostgreSQL run needs a cluster: SAFEBOARD_TEST_POSTGRES_URL is not set "
                      "and no --postgres-url was given. Start one with\n"
                      "  export \"$(scripts/start-postgres-for-tests)\"\n"
                      "(scripts/test does this before running ctest).")
    return url


class PgCluster:
    """The throwaway cluster started by scripts/start-postgres-for-tests for a URL's port: its
    directory /tmp/safeboard-pg-*/ holds 'port', 'bin' and 'data'. Crashed with
    `pg_ctl -m immediate stop` and started again with the options it was started with."""

    def __init__(self, url):
        port = urllib.parse.urlsplit(url).port
        self.url = url
        self.dir = None
        for candidate in sorted(glob.glob("/tmp/safeboard-pg-*")):
            try:
                with open(os.path.join(candidate, "port")) as f:
                    if f.read().strip() == str(port):
                        self.dir = candidate
                        break
            except OSError:
                continue
        if self.dir is None:
            raise Failure(f"no cluster started by scripts/start-postgres-for-tests listens on port "
                          f"{port} (no /tmp/safeboard-pg-*/port says so): the crash test must be "
                          "able to crash and restart the cluster it uses")
        with open(os.path.join(self.dir, "bin")) as f:
            self.bin = f.read().strip()
        self.data = os.path.join(self.dir, "data")
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        # postmaster.opts: the server's command line, e.g. postgres "-D" "..." "-k" "..." "-p" ...
        with open(os.path.join(self.data, "postmaster.opts")) as f:
            words = shlex.split(f.read())[1:]
        options = []
        i = 0
        while i < len(words):
            if words[i] == "-D":
                i += 2
                continue
            options.append(words[i])
            i += 1
        self.options = shlex.join(options)

    def _pg_ctl(self, *args, timeout=120):
        return subprocess.run(self.run_as + [os.path.join(self.bin, "pg_ctl"), "-D", self.data]
                              + list(args), cwd=self.dir, capture_output=True, timeout=timeout)

    def running(self):
        return self._pg_ctl("status", timeout=30).returncode == 0

    def crash(self):
        """Immediate shutdown: every backend quits at once, no checkpoint; recovery on start."""
        result = self._pg_ctl("-m", "immediate", "-w", "stop")
        if result.returncode != 0:
            raise Failure("pg_ctl -m immediate stop failed: "
                          + result.stderr.decode(errors="replace"))

    def start(self):
        result = self._pg_ctl("-l", os.path.join(self.dir, "server.log"), "-w", "-t", "120",
                              "-o", self.options, "start")
        if result.returncode != 0:
            raise Failure("PostgreSQL did not start again after the crash: "
                          + result.stderr.decode(errors="replace")
                          + "\nserver log (tail):\n" + tail(os.path.join(self.dir, "server.log")))
        # pg_ctl -w waits for the socket; wait for TCP on loopback and a finished recovery.
        deadline = time.monotonic() + 60
        while True:
            probe = subprocess.run(["psql", self.url, "-X", "-A", "-t", "-c",
                                    "SELECT pg_is_in_recovery()"],
                                   capture_output=True, timeout=30)
            if probe.returncode == 0 and probe.stdout.strip() == b"f":
                return
            if time.monotonic() > deadline:
                raise Failure("PostgreSQL does not answer after restarting: "
                              + probe.stderr.decode(errors="replace"))
            time.sleep(0.05)


def exit_with(main):
    """Runs main(); a Failure prints its message and exits 1."""
    try:
        code = main()
    except Failure as e:
        print(f"FAILED: {e}", file=sys.stderr, flush=True)
        sys.exit(1)
    sys.exit(code or 0)
