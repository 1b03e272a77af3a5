import importlib.util
import sys

import duckdb
import pytest

from pipelines.warehouse import imports


@pytest.fixture
def clean_meta_path():
    before = list(sys.meta_path)
    yield
    sys.meta_path[:] = before


def test_missing_module_fails_at_once_and_installed_ones_still_import(clean_meta_path):
    name = "surely_not_an_installed_module_xyz"
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, imports._NotInstalled)]
    imports.remember_missing((name, "json"))
    finder = sys.meta_path[0]
    assert isinstance(finder, imports._NotInstalled) and finder.names == {name}
    with pytest.raises(ModuleNotFoundError) as err:
        importlib.import_module(name)
    assert err.value.name == name
    importlib.import_module("json")  # installed modules are untouched
    imports.remember_missing((name,))  # idempotent: one finder
    assert sum(isinstance(f, imports._NotInstalled) for f in sys.meta_path) == 1


def test_duckdb_list_parameters_work_with_the_finder(clean_meta_path):
    imports.remember_missing()
    conn = duckdb.connect()
    ids = [f"d{i}" for i in range(50)]
    assert conn.execute("SELECT count(*) FROM (SELECT unnest(?))", [ids]).fetchone() == (50,)
