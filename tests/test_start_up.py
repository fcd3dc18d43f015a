"""What a run pays before its first document: no stages for a re-run, no pandas, the rules hash remembered."""

from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.batch import worker
from pipeline.core import cache
from pipeline.rules.ruleset import RuleSet

from .conftest import PROJECT_ROOT

RULES = PROJECT_ROOT / "rules"

ROOT = PROJECT_ROOT


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(folder))
    return folder


def test_the_rules_hash_is_remembered_by_the_bytes_of_the_files(own_cache: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    expected = RuleSet.load(rules).hash
    assert worker.rules_hash(str(rules)) == expected
    assert len(list(own_cache.glob("rules-hash-*"))) == 1
    assert worker.rules_hash(str(rules)) == expected  # read back from the cache
    # A comment changes the bytes, not the hash.
    dates = rules / "dates.yaml"
    dates.write_text(dates.read_text(encoding="utf-8") + "\n# a note\n", encoding="utf-8")
    assert worker.rules_hash(str(rules)) == expected
    assert len(list(own_cache.glob("rules-hash-*"))) == 2
    # A rule changes both.
    normalise = rules / "normalise.yaml"
    normalise.write_text(
        normalise.read_text(encoding="utf-8") + "\nextra_key_for_the_test: 1\n", encoding="utf-8"
    )
    assert worker.rules_hash(str(rules)) == RuleSet.load(rules).hash != expected


def test_a_wrong_cached_hash_is_never_trusted_blindly(own_cache: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    worker.rules_hash(str(rules))
    (entry,) = own_cache.glob("rules-hash-*")
    entry.write_text("not a hash", encoding="utf-8")
    assert worker.rules_hash(str(rules)) == RuleSet.load(rules).hash


def test_an_unwritable_cache_is_done_without(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(blocked / "cache"))
    cache.write_cached("x", "y")
    assert cache.read_cached("x") is None
    assert worker.rules_hash(str(RULES)) == RuleSet.load(RULES).hash


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PROVEX_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_folder() == tmp_path / "provex"
    monkeypatch.setenv("PROVEX_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_folder() == tmp_path / "mine"


def _in_a_new_python(code: str, cache_dir: Path) -> dict:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "PROVEX_CACHE_DIR": str(cache_dir)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


RUN_AND_REPORT = """
import json, sys
from pipeline.batch.run import run_batch
stages_before = "pipeline.document" in sys.modules
run_batch([{source!r}], {out!r}, jobs=1)
found = {{"stages_at_import": stages_before, "pandas": "pandas" in sys.modules,
          "stages": "pipeline.document" in sys.modules}}
import pandas, pyarrow
found["arrow_sees_pandas"] = pyarrow.array(pandas.Series([1, 2])).type == pyarrow.int64()
print(json.dumps(found))
"""


def test_a_run_imports_neither_pandas_nor_for_a_re_run_the_stages(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("2023年3月5日，园区新增企业120家。\n", encoding="utf-8")
    out = tmp_path / "out"
    code = RUN_AND_REPORT.format(source=str(source), out=str(out))
    first = _in_a_new_python(code, tmp_path / "cache")
    assert first == {"stages_at_import": False, "pandas": False, "stages": True, "arrow_sees_pandas": True}
    again = _in_a_new_python(code, tmp_path / "cache")
    assert again == {"stages_at_import": False, "pandas": False, "stages": False, "arrow_sees_pandas": True}


def test_paths_resolve_as_realpath_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.batch.paths import forget_resolved_paths, resolved_path

    (tmp_path / "real" / "sub").mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "real" / "f.txt").write_text("x")
    (tmp_path / "real" / "l.txt").symlink_to(tmp_path / "real" / "f.txt")
    monkeypatch.chdir(tmp_path / "link")
    forget_resolved_paths()
    cases = ["link/f.txt", "link/sub/../f.txt", "link/l.txt", "link/", "link/.", "link/..", "link//f.txt"]
    cases = [str(tmp_path / case) for case in cases] + ["f.txt", "./f.txt", "sub/../l.txt", "/", "gone/x.txt"]
    for case in cases:
        assert resolved_path(case) == os.path.realpath(case), case


DATACLASS_METHODS = """
import dataclasses, importlib, json, pkgutil, sys
import pipeline
from pipeline.core import dataclass_code
if {without!r}:
    dataclass_code.install = lambda: None  # the command's import of it (in the walk) installs nothing
else:
    dataclass_code.install()
names = sorted(info.name for info in pkgutil.walk_packages(pipeline.__path__, "pipeline.")
               if not info.name.startswith(("pipeline.dev", "pipeline.cli", "pipeline.__main__")))
def described(code):
    if not isinstance(code, type(described.__code__)):
        return repr(code)
    fields = ("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
              "co_flags", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_filename",
              "co_name", "co_qualname", "co_firstlineno")
    return [code.co_code.hex(), code.co_linetable.hex(), code.co_exceptiontable.hex(),
            [repr(getattr(code, field)) for field in fields], [described(const) for const in code.co_consts]]
found = {{}}
for name in names:
    try:
        module = importlib.import_module(name)
    except ImportError:
        continue
    for value in vars(module).values():
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name:
            for method, function in sorted(vars(value).items()):
                code = getattr(function, "__code__", None)
                if code is not None and code.co_filename == "<string>":
                    key = f"{{name}}.{{value.__qualname__}}.{{method}}"
                    found[key] = [described(code), repr(function.__annotations__),
                                  repr(function.__defaults__), repr(function.__kwdefaults__)]
print(json.dumps({{"methods": found, "cached": len(dataclass_code._used)}}))
"""


def test_dataclass_methods_from_the_cache_are_the_ones_compiled(tmp_path: Path) -> None:
    without = _in_a_new_python(DATACLASS_METHODS.format(without=True), tmp_path / "cache")
    assert without["cached"] == 0 and len(without["methods"]) > 100
    assert not list((tmp_path / "cache").glob("dataclass-code-*"))
    first = _in_a_new_python(DATACLASS_METHODS.format(without=False), tmp_path / "cache")
    (file,) = (tmp_path / "cache").glob("dataclass-code-*")
    again = _in_a_new_python(DATACLASS_METHODS.format(without=False), tmp_path / "cache")
    assert again["cached"] > 100
    assert first["methods"] == again["methods"] == without["methods"]
    # A damaged file is compiled around (and written again).
    data = bytearray(file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    file.write_bytes(bytes(data))
    damaged = _in_a_new_python(DATACLASS_METHODS.format(without=False), tmp_path / "cache")
    assert damaged["methods"] == without["methods"]


def test_a_damaged_dataclass_code_entry_is_compiled_again(own_cache: Path) -> None:
    from pipeline.core import dataclass_code

    source = "def __create_fn__():\n def f(self): return 42\n return f"
    saved = (dataclass_code._codes, dataclass_code._added)
    try:
        dataclass_code._codes = {source: b"not marshalled code"}
        namespace: dict = {}
        dataclass_code._exec(source, {"__name__": "pipeline.example"}, namespace)
        assert namespace["__create_fn__"]()(None) == 42
        assert (
            type(dataclass_code.marshal.loads(dataclass_code._codes[source])) is dataclass_code.types.CodeType
        )
        # Classes of other modules go to the builtin.
        dataclass_code._codes = {}
        dataclass_code._exec(source, {"__name__": "elsewhere"}, namespace)
        assert dataclass_code._codes == {}
    finally:
        dataclass_code._codes, dataclass_code._added = saved


def test_an_annotation_compiled_from_the_cache_is_evaluated_as_without_it() -> None:
    from pipeline.core import dataclass_code

    # This test module has `from __future__ import annotations`; the code kept must not.
    source = "def __create_fn__(_type_x):\n def f(self, x: _type_x): pass\n return f"
    namespace: dict = {}
    dataclass_code._exec(source, {"__name__": "pipeline.example"}, namespace)
    assert namespace["__create_fn__"](int).__annotations__ == {"x": int}


@pytest.fixture
def demo_rule_file(own_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A rules folder with one file, `demo.yaml`, and a pattern cache that saves whatever is new."""
    from pipeline.rules import pattern_cache

    monkeypatch.setattr(pattern_cache, "MIN_SAVE_SECONDS", 0.0)
    monkeypatch.setattr(pattern_cache, "_table", None)
    rules = tmp_path / "rules"
    rules.mkdir()
    return rules / "demo.yaml"


def test_a_rule_file_found_valid_is_not_walked_again(demo_rule_file: Path) -> None:
    from pipeline.rules import pattern_cache, schema

    demo = demo_rule_file
    rules = demo.parent
    demo.write_text("units:\n  - {id: km, factor: 1000}\n", encoding="utf-8")
    unit = schema.Mapping({"id": schema.Str(), "factor": schema.Number()}, required=("id",))
    walked = []

    class Counting(schema.Mapping):
        def check(self, value: object, where: schema.Where) -> None:
            walked.append(1)
            super().check(value, where)

    counting = Counting({"units": schema.ListOf(unit, unique="id")})

    def check_in_a_new_process(shape: schema.Schema, whole: bool = True) -> int:
        pattern_cache._table = None  # the cache file is read again
        ruleset = RuleSet.load(rules)
        document = ruleset.file("demo") if whole else dict(ruleset.file("demo"))
        walked.clear()
        with pattern_cache.cached_patterns():
            schema.check(document, shape, ruleset.path("demo"))
        return len(walked)

    assert check_in_a_new_process(counting) == 1
    assert check_in_a_new_process(counting) == 0  # the verdict came from the cache
    # Another schema, or a document that is not a whole rule file, is walked.
    wider = Counting({"units": schema.ListOf(unit, unique="id"), "note": schema.Str()})
    assert check_in_a_new_process(wider) == 1
    assert check_in_a_new_process(counting, whole=False) == 1
    # A file with other bytes is walked again, and an invalid one fails every time.
    demo.write_text("units:\n  - {id: km, factor: far}\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(schema.RuleFileError, match="factor"):
            check_in_a_new_process(counting)
    # A damaged verdict is not trusted.
    demo.write_text("units:\n  - {id: km, factor: 1000}\n", encoding="utf-8")
    assert check_in_a_new_process(counting) == 0
    table = pattern_cache._load()
    table["checked"] = {key: (False,) for key in table["checked"]}
    pattern_cache._save(table)
    assert check_in_a_new_process(counting) == 1


def test_the_rules_hash_kept_with_the_parsed_files_is_the_computed_one(
    own_cache: Path, tmp_path: Path
) -> None:
    from pipeline.rules import ruleset as ruleset_module

    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    parsed = RuleSet.load(rules)
    (entry,) = own_cache.glob("rules-parsed-*")
    again = RuleSet.load(rules)
    assert again.hash == parsed.hash == ruleset_module._content_hash(again._documents)
    # A damaged file is parsed again.
    for damaged in (b"", b"\x00garbage", marshal.dumps(({}, 5)), marshal.dumps(({"x": 1}, ""))):
        entry.write_bytes(damaged)
        assert RuleSet.load(rules).hash == parsed.hash


def test_the_builders_never_change_the_parsed_rule_files() -> None:
    # The rules check's verdicts are kept by the bytes of the files: they hold only while no
    # builder changes what it was given.
    import copy

    from pipeline.api import extract_text
    from pipeline.document import check_rules

    ruleset = RuleSet.load(RULES)
    before = {name: copy.deepcopy(ruleset.file(name)) for name in ruleset.names}
    check_rules(ruleset)
    extract_text(
        "2023年3月5日，北京市海淀区投资5亿元。\nThe firm raised $5 million in May 2024.", ruleset=ruleset
    )
    assert all(ruleset.file(name) == before[name] for name in ruleset.names)


def _tables(out: Path) -> dict[str, list[str]]:
    import pyarrow.parquet as pq

    found = {}
    for folder in sorted(path for path in out.iterdir() if path.is_dir() and not path.name.startswith(".")):
        rows = pq.read_table(folder, use_threads=False).to_pylist()
        found[folder.name] = sorted(
            repr(sorted((key, value) for key, value in row.items() if key not in ("processed_at", "at")))
            for row in rows
        )
    return found


def test_a_run_with_a_warm_cache_writes_the_tables_of_a_run_with_an_empty_one(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(
        "2023年3月5日 来源：本站\n北京市海淀区人民政府投资5亿元建设新园区。\n"
        "The Shanghai Municipal Commission said revenue rose 12% to $3.5 billion in May 2024.\n",
        encoding="utf-8",
    )
    run = "from pipeline.cli import main; main()"
    outputs = []
    for name in ("cold", "warm"):
        out = tmp_path / name
        environment = {**os.environ, "PYTHONPATH": str(ROOT), "PROVEX_CACHE_DIR": str(tmp_path / "cache")}
        subprocess.run(
            [sys.executable, "-c", run, "run", str(source), "--out", str(out), "-q"],
            env=environment,
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        outputs.append(_tables(out))
    assert list((tmp_path / "cache").glob("dataclass-code-*")) and list(
        (tmp_path / "cache").glob("patterns-*")
    )
    assert outputs[0]["figures"] and outputs[0]["dates"]
    assert outputs[0] == outputs[1]


def test_a_dataclass_code_file_others_can_write_is_not_used(own_cache: Path) -> None:
    from pipeline.core import dataclass_code

    source = "def __create_fn__():\n def f(self): return 1\n return f"
    saved = (dataclass_code._codes, dataclass_code._added)
    try:
        dataclass_code._codes = {}
        dataclass_code._code(source)
        dataclass_code._save()
        (file,) = own_cache.glob("dataclass-code-*")
        assert source in dataclass_code._load()
        file.chmod(0o666)
        assert dataclass_code._load() == {}
        file.chmod(0o600)
        assert source in dataclass_code._load()
    finally:
        dataclass_code._codes, dataclass_code._added = saved


LIBRARY_AND_COMMAND = """
import dataclasses, json
import pipeline, pipeline.api
library = getattr(dataclasses, "exec", None) is not None
import pipeline.cli
command = getattr(dataclasses, "exec", None) is not None
print(json.dumps({"library": library, "command": command}))
"""


def test_only_the_command_compiles_dataclass_methods_through_the_cache(tmp_path: Path) -> None:
    """Importing provex as a library leaves `dataclasses` untouched; the `provex` command installs it."""
    found = _in_a_new_python(LIBRARY_AND_COMMAND, tmp_path / "cache")
    assert found == {"library": False, "command": True}


def test_a_verification_passed_is_not_run_again_and_a_fault_is_raised_every_time(
    demo_rule_file: Path,
) -> None:
    """`schema.verified` (the date examples use it): kept per file bytes, code and name of the check."""
    from pipeline.rules import pattern_cache, schema

    demo = demo_rule_file
    rules = demo.parent
    demo.write_text("words: [alpha]\n", encoding="utf-8")
    runs = []

    def verify_in_a_new_process(what: str = "examples", fault: str | None = None) -> int:
        pattern_cache._table = None  # the cache file is read again
        ruleset = RuleSet.load(rules)

        def verify() -> None:
            runs.append(1)
            if fault:
                raise schema.RuleFileError(rules / "demo.yaml", 1, fault)

        runs.clear()
        with pattern_cache.cached_patterns():
            schema.verified(ruleset.file("demo"), what, verify)
        return len(runs)

    assert verify_in_a_new_process() == 1
    assert verify_in_a_new_process() == 0
    assert verify_in_a_new_process("other check") == 1
    demo.write_text("words: [beta]\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(schema.RuleFileError, match="no example"):
            verify_in_a_new_process("faulty", fault="no example")
    assert verify_in_a_new_process() == 1


def test_date_rules_compiled_with_their_examples_kept_equal_those_checked(own_cache: Path) -> None:
    """Date rules built with their examples' verdict from the cache are the ones built without it."""
    from pipeline.extractors.dates.match import rule_matches
    from pipeline.extractors.dates.rules import compile_date_rules
    from pipeline.rules import pattern_cache

    pattern_cache._table = None
    with pattern_cache.cached_patterns():
        first = compile_date_rules(RuleSet.load(RULES))
    pattern_cache._table = None
    with pattern_cache.cached_patterns():
        again = compile_date_rules(RuleSet.load(RULES))
    assert again.rule_ids == first.rule_ids
    text = "2024年3月5日至6月底，上半年营收同比增长；in the first quarter of 2025"
    assert [(m.span(), r) for m, r in rule_matches(text, again)] == [
        (m.span(), r) for m, r in rule_matches(text, first)
    ]


ONE_JOB_RUN = """
import json, sys
from pipeline.batch.run import run_batch
run_batch([{source!r}], {out!r}, jobs=1)
print(json.dumps(sorted(name for name in ("pipeline.batch.engines.local", "concurrent.futures.process")
                        if name in sys.modules)))
"""


def test_a_one_job_run_does_not_import_the_process_pool(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("2022年9月1日，新区公布了8个重点项目。\n", encoding="utf-8")
    code = ONE_JOB_RUN.format(source=str(source), out=str(tmp_path / "out"))
    assert _in_a_new_python(code, Path(os.environ["PROVEX_CACHE_DIR"])) == []  # the tests' warm cache
