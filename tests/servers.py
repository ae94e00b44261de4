"""Real processes for deployment tests: gunicorn app servers, a Redis server, a worker.

The tests that use these start the project the way `make serve` and `make worker` do, with
production settings, and talk to it over loopback HTTP.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from http import HTTPStatus
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).with_name("gunicorn")
HOST = "energoplanosana.example"
HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https"}
SECRET_KEY = "smoke-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(tmp, **overrides):
    """The environment of a production process whose files all live under `tmp`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        CACHE_DIR=str(tmp / "cache"),
        BEHIND_TLS_PROXY="1",
    )
    env.update(overrides)
    return env


def manage(env, *args, timeout=300):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        timeout=timeout,
        capture_output=True,
        text=True,
    )


def prepare(env):
    """collectstatic and migrate, as `make serve` does before starting gunicorn."""
    for command in (["collectstatic", "--noinput"], ["migrate", "--noinput"]):
        manage(env, *command, "--verbosity", "0")


def get(url, headers=HEADERS, data=None):
    request = urllib.request.Request(url, headers=headers, data=data)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wait_for(check, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise TimeoutError("the server did not come up")


@contextlib.contextmanager
def gunicorn(env, workers=2):
    """An app server as `make serve` starts it; yields its base URL."""
    port = free_port()
    server = subprocess.Popen(
        [str(GUNICORN), "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: get(f"{base}/healthz")[0] == HTTPStatus.OK)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


@contextlib.contextmanager
def redis_server():
    """A private Redis on a free port that keeps nothing on disk; yields its URL."""
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        + ["--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: socket.create_connection(("127.0.0.1", port), timeout=1).close() or True)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=20)


class PostgresCluster:
    """A throwaway PostgreSQL server of the machine's own version, on a free port.

    It belongs to the test alone, so the test may stop and restart it while the rest of the
    suite keeps its own database. As root, the server runs as the `postgres` system user.
    """

    def __init__(self):
        versions = sorted(
            Path("/usr/lib/postgresql").glob("*/bin/initdb"),
            key=lambda path: int(path.parent.parent.name),
        )
        if not versions:
            raise RuntimeError("PostgreSQL's server programs are missing: run `make test`.")
        self.bin = versions[-1].parent
        self.root = Path(tempfile.mkdtemp(prefix="energo-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.prefix = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        if self.prefix:
            shutil.chown(self.root, user="postgres")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, program, *args):
        subprocess.run(
            [*self.prefix, str(self.bin / program), *args],
            cwd=self.root,  # the server's user may not be allowed into the checkout
            check=True,
            timeout=120,
            capture_output=True,
        )

    def pg_ctl(self, *args):
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), *args)

    def start(self):
        self.pg_ctl("-w", "start")

    def stop(self):
        self.pg_ctl("-w", "-m", "fast", "stop")

    def __enter__(self):
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.start()
        return self

    def __exit__(self, *exc):
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self.pg_ctl("-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
