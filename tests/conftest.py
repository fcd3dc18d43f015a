"""Shared test helpers: where the development set and peer cases live, in-memory and S3 outputs."""

from __future__ import annotations

import itertools
import json
import logging
import multiprocessing.forkserver
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pipeline.rules.ruleset import default_ruleset

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# A user's own ~/.config/provex/config.toml must not change what the tests run with.
# (A folder that is never created: nothing to find there, nothing left behind.)
os.environ["XDG_CONFIG_HOME"] = os.path.join(tempfile.gettempdir(), "provex-tests-have-no-config")
# Nor may the tests fill the user's cache folder (word table, compiled patterns, parsed rules):
# they keep their own, in the temporary folder, reused from one test run to the next.
os.environ["PROVEX_CACHE_DIR"] = os.path.join(tempfile.gettempdir(), "provex-tests-cache")
SEEDS = PROJECT_ROOT / "seeds"
# The gold annotations of the seeds ship with the project (eval/); the development articles and
# peer cases are other people's text, read from ../shared (or $PROVEX_SHARED) when present, never copied.
GOLD = PROJECT_ROOT / "eval" / "seeds.jsonl"
SHARED = Path(os.environ.get("PROVEX_SHARED") or PROJECT_ROOT.parent / "shared")
ARTICLES_GOLD = SHARED / "gold" / "articles.jsonl"
PEER = SHARED / "peer"


# The columns that identify a row of each table (mention tables: `mention_id`), for tests that
# compare two outputs row for row.
ROW_KEYS = {
    "documents": ["doc_id"],
    "lines": ["doc_id", "line_no"],
    "errors": ["source_path", "error_type"],
    "line_pairs": ["doc_id", "zh_line_no"],
    "mention_links": ["zh_mention_id", "en_mention_id"],
    "drift": ["doc_id", "zh_line_no", "en_line_no", "table", "kind", "zh_mention_id", "en_mention_id"],
}


def row_key(table: str) -> list[str]:
    """The columns that identify a row of `table`."""
    return ROW_KEYS.get(table, ["mention_id"])


def shared_available() -> bool:
    """True when ../shared (the development articles and the peer cases) is beside the project."""
    return ARTICLES_GOLD.is_file() and PEER.is_dir()


SHARED_REASON = f"{SHARED} (development articles and peer cases, not shipped) is not beside the project"
requires_shared = pytest.mark.skipif(not shared_available(), reason=SHARED_REASON)
# The seeds' gold is part of the repository: a test that needs only it always runs.
requires_gold = pytest.mark.skipif(not GOLD.is_file(), reason=f"{GOLD} is missing from the checkout")


def require_peer(cases: list) -> None:
    """Skip the calling test, saying why, when the peer cases it needs are absent."""
    if not cases:
        pytest.skip(f"no peer cases: {SHARED_REASON}")


# ------------------------------------------------------------ slow tests and what was skipped


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run the tests marked slow (CI runs them all)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes seconds to minutes; run with --slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        # Every test against the local S3 server starts it and a client: slow by nature.
        if "slow" in item.keywords or "s3_endpoint" in getattr(item, "fixturenames", ()):
            item.add_marker(skip_slow)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """One line on what was not run and why: slow tests, tests needing ../shared."""
    skipped = terminalreporter.stats.get("skipped", [])
    reasons = [str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else "" for report in skipped]
    slow = sum("run with --slow" in reason for reason in reasons)
    shared = sum(str(SHARED) in reason for reason in reasons)
    if slow:
        terminalreporter.write_line(f"provex: {slow} slow tests not run (add --slow to run them, as CI does)")
    if shared:
        terminalreporter.write_line(
            f"provex: {shared} tests skipped because {SHARED_REASON}; "
            "they score the extractors against the development articles and the peer suites"
        )


def read_jsonl(path: Path) -> list[dict]:
    """Every record of a JSON Lines file; an empty list when the file is absent."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_records(record_type: str | None = None) -> list[dict]:
    """Gold records of the seeds, optionally only those of one type."""
    records = read_jsonl(GOLD)
    if record_type is None:
        return records
    return [record for record in records if record["type"] == record_type]


def peer_cases(file_stem: str) -> list[dict]:
    """The records of ../shared/peer/<file_stem>.jsonl (empty when absent)."""
    return read_jsonl(PEER / f"{file_stem}.jsonl")


@pytest.fixture(autouse=True)
def provex_logger_as_in_a_new_process() -> Iterator[None]:
    """Give the `provex` logger back its level, handlers and propagation after each test.

    `provex run` configures that logger for its whole process (a level and a
    stderr handler); in one test process, a later test of another command
    (`provex eval`) would otherwise log through it, which a user never sees.
    """
    logger = logging.getLogger("provex")
    level, propagate, handlers = logger.level, logger.propagate, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.propagate = propagate
    logger.handlers[:] = handlers


@pytest.fixture
def memory_fs():
    """fsspec's in-process `memory://` filesystem, emptied before and after the test."""
    fsspec = pytest.importorskip("fsspec")
    from fsspec.implementations.memory import MemoryFileSystem

    def clear() -> None:
        MemoryFileSystem.store.clear()
        MemoryFileSystem.pseudo_dirs.clear()
        MemoryFileSystem.pseudo_dirs.append("")

    clear()
    yield fsspec.filesystem("memory")
    clear()


@pytest.fixture
def without_s3fs(monkeypatch: pytest.MonkeyPatch) -> None:
    """`import s3fs` fails during the test, as when s3fs is not installed."""
    monkeypatch.setitem(sys.modules, "s3fs", None)
    fsspec_registry = pytest.importorskip("fsspec.registry")
    # fsspec keeps the class of a protocol it imported once (the S3 tests import s3fs): forget it.
    monkeypatch.delitem(fsspec_registry._registry, "s3", raising=False)


# ------------------------------------------------------------ a local S3 server (moto) for s3:// outputs


@dataclass(frozen=True)
class S3Bucket:
    """A versioned bucket on the local S3 server: its `s3://` URL and an s3fs filesystem on it."""

    name: str
    filesystem: Any

    @property
    def url(self) -> str:
        """`s3://<name>`."""
        return f"s3://{self.name}"

    def keys(self) -> set[str]:
        """The keys of the objects now in the bucket, listed afresh (not from s3fs's cache)."""
        self.filesystem.invalidate_cache()
        return {path.removeprefix(f"{self.name}/") for path in self.filesystem.find(self.name)}

    def object_versions(self) -> dict[str, list[str]]:
        """Every key ever written in the bucket with the ids of its versions and delete markers.

        The bucket is versioned, so an object written again or deleted
        changes its list: equal lists mean nothing was rewritten or deleted.
        """
        response = self.filesystem.call_s3("list_object_versions", Bucket=self.name)
        assert not response.get("IsTruncated"), "more versions than one listing holds"
        versions: dict[str, list[str]] = {}
        for entry in [*response.get("Versions", []), *response.get("DeleteMarkers", [])]:
            versions.setdefault(entry["Key"], []).append(entry["VersionId"])
        return {key: sorted(ids) for key, ids in versions.items()}


def _restart_fork_server() -> None:
    """Stop the local engine's fork server, if one runs: the next pool starts one with this environment.

    Workers are forked from that server, so they have the environment it
    started with, not the one a test set later.
    """
    multiprocessing.forkserver._forkserver._stop()


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """A moto S3 server on a free loopback port for the session; its URL.

    The environment points every botocore client at it (botocore reads
    AWS_ENDPOINT_URL_S3 when it makes a client, and s3fs passes no endpoint
    of its own), in this process and in the worker processes a run starts,
    local or dask, with fixed credentials. AWS config files, profiles and
    the EC2 metadata service are switched off: nothing but this server is
    ever contacted.
    """
    install = "pip install -e '.[test]'"
    pytest.importorskip("s3fs", reason=f"s3fs is not installed ({install})")
    server_module = pytest.importorskip("moto.server", reason=f"moto[server] is not installed ({install})")
    import s3fs

    server_log = logging.getLogger("werkzeug")
    server_log_level = server_log.level
    server_log.setLevel(logging.WARNING)  # the server logs every request otherwise
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    try:
        with pytest.MonkeyPatch.context() as environment:
            for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"):
                environment.delenv(name, raising=False)
            environment.setenv("AWS_ENDPOINT_URL", endpoint)
            environment.setenv("AWS_ENDPOINT_URL_S3", endpoint)  # wins over AWS_ENDPOINT_URL: set both
            environment.setenv("AWS_ACCESS_KEY_ID", "provex-test")
            environment.setenv("AWS_SECRET_ACCESS_KEY", "provex-test")
            environment.setenv("AWS_DEFAULT_REGION", "us-east-1")
            environment.setenv("AWS_CONFIG_FILE", os.devnull)
            environment.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
            environment.setenv("AWS_EC2_METADATA_DISABLED", "true")
            s3fs.S3FileSystem.clear_instance_cache()
            # Making a client sends no request: check where it points before any test uses it.
            client_endpoint = s3fs.S3FileSystem(skip_instance_cache=True).s3.meta.endpoint_url
            if client_endpoint != endpoint:
                pytest.skip(f"botocore ignores AWS_ENDPOINT_URL_S3 here (its client is at {client_endpoint})")
            _restart_fork_server()
            try:
                yield endpoint
            finally:
                s3fs.S3FileSystem.clear_instance_cache()
                _restart_fork_server()
    finally:
        server.stop()
        server_log.setLevel(server_log_level)


_bucket_numbers = itertools.count(1)


@pytest.fixture
def s3_bucket(s3_endpoint: str) -> Iterator[S3Bucket]:
    """A new, empty, versioned bucket on the session's local S3 server, deleted after the test."""
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()  # no listing cached by an earlier test
    filesystem = s3fs.S3FileSystem()
    name = f"provex-test-{next(_bucket_numbers)}"
    filesystem.mkdir(name)
    filesystem.make_bucket_versioned(name)
    yield S3Bucket(name=name, filesystem=filesystem)
    filesystem.rm(name, recursive=True)
    s3fs.S3FileSystem.clear_instance_cache()


# The project's own rule set, for tests that call a stage or an extractor directly.
RULES = default_ruleset()
