"""A lake whose data is on an object store (``PIPELINES_LAKE_DATA_PATH=s3://bucket/prefix/``),
tested against a real S3 API (moto's server on the loopback, reached by DuckDB's httpfs as AWS
S3 or MinIO would be, with a custom endpoint and keys from the environment): the seeds through
`pipelines run` give the DuckDB file's marts, their Parquet files are objects in the bucket,
upkeep works there; each catalog kind writes there; and what cannot reach the bucket is told
in the user's terms, naming the data path."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from pipelines import cli
from pipelines.orchestration import settings
from pipelines.warehouse import LakeWarehouse, WarehouseError, open_warehouse
from pipelines.warehouse.lake import DATA_PATH_ENV
from pipelines.warehouse.store import bump_generation
from tests.support.marts import assert_same_marts, copy_seeds
from tests.support.s3 import (
    AWS_NAMES,
    ISOLATED_AWS_ENV,
    checking_credentials,
    delete_key,
    s3_server,
    user_keys,
)

pytest.importorskip("duckdb_extension_httpfs")
pytest.importorskip("duckdb_extension_aws")
pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")

BUCKET = "pipelines-lake"


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    """An S3 API with the bucket, and the environment that reaches it as a user sets it for
    MinIO (the module's; nothing from this machine's own AWS settings)."""
    with s3_server() as url, pytest.MonkeyPatch.context() as env:
        for name in AWS_NAMES:
            env.delenv(name, raising=False)
        for name, value in {**ISOLATED_AWS_ENV, "AWS_ACCESS_KEY_ID": "pipelines-test",
                            "AWS_SECRET_ACCESS_KEY": "pipelines-test-secret",
                            "AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": url}.items():
            env.setenv(name, value)
        boto3.client("s3", endpoint_url=url).create_bucket(Bucket=BUCKET)
        yield url


def _objects(endpoint: str, prefix: str) -> list[str]:
    """The keys under ``prefix`` in the bucket, as S3 lists them."""
    pages = boto3.client("s3", endpoint_url=endpoint).get_paginator("list_objects_v2")
    return [item["Key"] for page in pages.paginate(Bucket=BUCKET, Prefix=prefix)
            for item in page.get("Contents", [])]


def _run_args(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lake: str,
              data_url: str) -> list[str]:
    """`pipelines run`'s arguments for the seeds into ``lake`` with its data at ``data_url``;
    the CLI's environment blanked (restored after the test), DAGSTER_HOME in ``tmp_path``."""
    for name in (settings.SOURCE_ENV, settings.WAREHOUSE_ENV, settings.ALLOW_REMOVALS_ENV):
        monkeypatch.setenv(name, "")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(DATA_PATH_ENV, data_url)
    source = tmp_path / "src"
    source.mkdir(exist_ok=True)
    copy_seeds(source)
    return ["run", "--quiet", "--source", str(source), "--warehouse", lake]


def _maintain(lake: str, capsys: pytest.CaptureFixture[str]) -> tuple[tuple[int, ...], ...]:
    """`pipelines maintain` with nothing kept back: (snapshots, data files) before and after."""
    assert cli.main(["maintain", "--warehouse", lake, "--keep-days", "0",
                     "--grace-hours", "0"]) == cli.EXIT_OK
    said = capsys.readouterr().out
    return tuple(tuple(map(int, re.search(rf"{what} (\d+) -> (\d+)", said).groups()))
                 for what in ("snapshots", "data files"))


def test_the_seeds_with_data_on_s3_give_the_duckdb_marts(
        endpoint: str, duckdb_marts: dict, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lake = f"ducklake:sqlite:{tmp_path / 'catalog.sqlite'}"
    args = _run_args(tmp_path, monkeypatch, lake, f"s3://{BUCKET}/lake")

    assert cli.main(args) == cli.EXIT_OK
    assert capsys.readouterr().out.rstrip().endswith(f"->  {lake}")
    parquet = [key for key in _objects(endpoint, "lake/") if key.endswith(".parquet")]
    assert any(key.startswith("lake/marts/") or key.startswith("lake/model/") for key in parquet)
    assert not (tmp_path / "catalog.sqlite.files").exists()  # nothing local but the catalog

    assert cli.main(args) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("nothing new:")

    snapshots, files = _maintain(lake, capsys)
    assert snapshots[1] < snapshots[0]
    assert files[0] == len(parquet)  # its count of the files on S3 is the bucket's
    assert files[1] == sum(key.endswith(".parquet") for key in _objects(endpoint, "lake/"))
    assert_same_marts(lake, duckdb_marts)  # the run's files and upkeep's, read from S3
    assert cli.main(args) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("nothing new:")

    with checking_credentials(endpoint), pytest.raises(WarehouseError) as refused:
        open_warehouse(lake).reader()  # a reader whose keys the store refuses: told at once
    assert f"data path s3://{BUCKET}/lake/: the object store refused the credentials " \
           "(InvalidAccessKeyId:" in str(refused.value)


def _publish_numbers(store: LakeWarehouse, rows: int) -> None:
    """A write (a table of ``rows`` numbers in place of the last: a Parquet file), published
    and read back."""
    with store.transaction() as conn:
        conn.execute(f"CREATE OR REPLACE TABLE core.numbers AS SELECT range AS n "
                     f"FROM range({rows})")
        bump_generation(conn)
    assert store.publish()
    with store.reader() as conn:
        assert conn.execute("SELECT count(*), sum(n) FROM core.numbers").fetchone() == (
            rows, rows * (rows - 1) // 2)


@pytest.mark.parametrize("kind", ["duckdb", "postgres"])
def test_each_catalog_kind_keeps_its_data_on_s3(
        kind: str, endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        request: pytest.FixtureRequest) -> None:
    """A DuckDB-file or PostgreSQL catalog with its data in the bucket, read back and kept up
    there (what upkeep replaced is deleted from the bucket); with a PostgreSQL catalog nothing
    is local, so the lock file goes to this machine's cache, not the bucket."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    location = (request.getfixturevalue("postgres_lake") if kind == "postgres"
                else f"ducklake:{tmp_path / 'catalog.ducklake'}")
    monkeypatch.setenv(DATA_PATH_ENV, f"s3://{BUCKET}/{kind}/")
    store = open_warehouse(location)
    assert isinstance(store, LakeWarehouse) and store.data_path == f"s3://{BUCKET}/{kind}/"
    assert store.problem() is None
    assert store.left_behind() is None  # no lake there yet (not an error of the store's)
    numbers = f"{kind}/core/numbers/"
    for rows in (5000, 3000):  # a table, then another in its place: its first file unused
        _publish_numbers(store, rows)
    assert len(_objects(endpoint, numbers)) == 2
    for _ in range(2):  # expires the first publication; then deletes its file
        done = store.maintain(keep=timedelta(0), grace=timedelta(0))
        assert done.data_files[1] == len(_objects(endpoint, f"{kind}/"))
    assert len(_objects(endpoint, numbers)) == 1
    if kind == "postgres":
        assert store.lock_path.is_relative_to(tmp_path / "cache" / "pipelines")


def test_a_writer_outlives_its_keys(endpoint: str, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A process writes a lake through one DuckDB instance as long as it lives (a Dagster code
    server for days); its keys may be rotated or expire meanwhile: refused, the secret asks the
    credential chain again instead of failing every later run."""
    (old_id, old_secret), (new_id, new_secret) = user_keys(endpoint, 2)
    monkeypatch.setenv(DATA_PATH_ENV, f"s3://{BUCKET}/rotated/")
    store = open_warehouse(f"ducklake:sqlite:{tmp_path / 'catalog.sqlite'}")
    assert isinstance(store, LakeWarehouse)
    with checking_credentials(endpoint):
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", old_id)
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", old_secret)
        _publish_numbers(store, 5000)
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", new_id)
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", new_secret)
        delete_key(endpoint, old_id, using=(new_id, new_secret))
        _publish_numbers(store, 3000)  # through the instance opened with the old keys
    assert len(_objects(endpoint, "rotated/core/numbers/")) == 2


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(("case", "data_url", "said"), [
    ("refused", f"s3://{BUCKET}/refused/",
     "the object store refused the credentials (InvalidAccessKeyId: "),
    ("no bucket", "s3://no-such-bucket/lake/", "no such bucket (NoSuchBucket: "),
    ("unreachable", f"s3://{BUCKET}/lake/", "cannot reach the object store (IO Error: "),
    ("no keys", f"s3://{BUCKET}/lake/", "no credentials found (AWS_ACCESS_KEY_ID"),
])
def test_a_bucket_out_of_reach_is_told_before_the_run(
        case: str, data_url: str, said: str, endpoint: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lake = f"ducklake:sqlite:{tmp_path / 'catalog.sqlite'}"
    args = _run_args(tmp_path, monkeypatch, lake, data_url)
    if case == "unreachable":
        monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{_closed_port()}")
    if case == "no keys":
        monkeypatch.delenv("AWS_ACCESS_KEY_ID")
        monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    if case == "refused":
        with checking_credentials(endpoint):
            assert cli.main(args) == cli.EXIT_USAGE
    else:
        assert cli.main(args) == cli.EXIT_USAGE
    error = capsys.readouterr().err
    assert error.startswith(f"error: warehouse {lake}: data path {data_url}: {said}")
    assert "Traceback" not in error and len(error.splitlines()) == 1
    assert not _objects(endpoint, "refused/")


def test_a_data_url_of_another_scheme_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match=r"PIPELINES_LAKE_DATA_PATH ftp://host/lake: a "
                                             r"folder, or an object store's s3://"):
        LakeWarehouse(f"ducklake:sqlite:{tmp_path / 'c.sqlite'}", data_path="ftp://host/lake")
