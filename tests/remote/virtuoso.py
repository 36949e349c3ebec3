"""Start and stop a throw-away Virtuoso (Debian's ``virtuoso-opensource``) on loopback.

Used by the test fixture, and by hand:

    python tests/remote/virtuoso.py          # runs until Ctrl-C, prints the URLs

It writes its own ``virtuoso.ini`` into a temporary database folder, with the SQL and HTTP ports
on free loopback ports, so it neither needs nor touches the system's database in
/var/lib/virtuoso-opensource-7. A fresh database has the ``dba`` user with password ``dba``:

  * ``/sparql``                  anonymous queries (read-only: the SPARQL user lacks SPARQL_UPDATE)
  * ``/sparql-auth``             queries and SPARQL Update for dba/dba, HTTP digest authentication
  * ``/sparql-graph-crud-auth``  the Graph Store Protocol for dba/dba, digest authentication
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

__all__ = ["Virtuoso", "virtuoso_binary"]

_INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
CheckpointInterval   = 0
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
MaxClientConnections = 8
DirsAllowed          = ., {d}
VADInstallDir        = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {d}
ServerThreads        = 8
MaxClientConnections = 8
MaxKeepAlives        = 8
KeepAliveTimeout     = 10

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
"""


def virtuoso_binary() -> str | None:
    """The Virtuoso server binary (``virtuoso-t`` from virtuoso-opensource-7-bin), or None."""
    return shutil.which("virtuoso-t") or (
        "/usr/bin/virtuoso-t" if os.access("/usr/bin/virtuoso-t", os.X_OK) else None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """A Virtuoso server in its own temporary folder; use as a context manager."""

    user = "dba"
    password = "dba"

    def __init__(self, binary: str | None = None, startup_timeout: float = 60.0) -> None:
        self.binary = binary or virtuoso_binary()
        if not self.binary:
            raise FileNotFoundError("virtuoso-t is not installed (apt-get install virtuoso-opensource)")
        self.startup_timeout = startup_timeout
        self.dir: Path | None = None
        self.proc: subprocess.Popen | None = None
        self.http_port = self.sql_port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql(self) -> str:
        return self.base + "/sparql"

    @property
    def sparql_auth(self) -> str:
        return self.base + "/sparql-auth"

    @property
    def graph_crud_auth(self) -> str:
        return self.base + "/sparql-graph-crud-auth"

    def start(self) -> "Virtuoso":
        self.dir = Path(tempfile.mkdtemp(prefix="kg-virtuoso-"))
        self.sql_port, self.http_port = _free_port(), _free_port()
        ini = self.dir / "virtuoso.ini"
        ini.write_text(_INI.format(d=self.dir, sql_port=self.sql_port, http_port=self.http_port))
        self.proc = subprocess.Popen(
            [self.binary, "+foreground", "+configfile", str(ini)],
            cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + self.startup_timeout
        probe = self.sparql + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        while True:
            if self.proc.poll() is not None:
                log = self.log()
                self.stop()
                raise RuntimeError(f"virtuoso-t exited with {self.proc.returncode}:\n{log[-2000:]}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as resp:
                    if resp.status == 200:
                        return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                log = self.log()
                self.stop()
                raise RuntimeError(f"virtuoso-t did not answer within {self.startup_timeout:g} s:\n{log[-2000:]}")
            time.sleep(0.2)

    def log(self) -> str:
        path = self.dir / "virtuoso.log" if self.dir else None
        return path.read_text(errors="replace") if path and path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # Virtuoso shuts down cleanly on SIGTERM
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> "Virtuoso":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


if __name__ == "__main__":
    with Virtuoso() as v:
        print(f"Virtuoso is up (database in {v.dir}); Ctrl-C stops it and deletes the database.")
        print(f"  query:          {v.sparql}")
        print(f"  update (dba):   {v.sparql_auth}      kg push --endpoint {v.sparql_auth} --user dba --password dba")
        print(f"  graph store:    {v.graph_crud_auth}")
        try:
            while v.proc and v.proc.poll() is None:
                time.sleep(1)
        except KeyboardInterrupt:
            pass
