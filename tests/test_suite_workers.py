"""`make test` runs the suite on two pytest-xdist workers (--dist loadgroup): a build shared by a
module's tests (a module-scoped fixture) is still made once, on one worker, and a session's seed build
(conftest.built_once) once for both workers. Checked on a small suite of its own, run as `make test`
runs the real one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

CONFTEST = Path(__file__).with_name("conftest.py")

MODULE = '''
import os
import subprocess
from pathlib import Path

import pytest

from conftest import BuiltSite, built_once


def record(line: str) -> None:
    with Path(os.environ["SUITE_LOG"]).open("a") as log:
        log.write(line + "\\n")


@pytest.fixture(scope="module")
def module_build():
    record(f"module build of {__name__} on {os.environ['PYTEST_XDIST_WORKER']}")
    return "built"


@pytest.fixture(scope="session")
def session_build(tmp_path_factory):
    def build(folder: Path) -> BuiltSite:
        record("session build")
        return BuiltSite(folder, subprocess.CompletedProcess([], 0))

    return built_once(tmp_path_factory, "shared", build)


@pytest.mark.parametrize("n", range(4))
def test_uses_both_builds(module_build, session_build, n):
    record(f"session project {session_build.project} on {os.environ['PYTEST_XDIST_WORKER']}")
'''


def test_a_module_build_is_made_on_one_worker_and_a_seed_build_once_for_both(tmp_path: Path):
    suite = tmp_path / "suite"
    suite.mkdir()
    shutil.copy2(CONFTEST, suite / "conftest.py")
    for name in ("test_one.py", "test_two.py"):  # two modules, two groups: xdist gives each worker one
        (suite / name).write_text(MODULE, encoding="utf-8")
    log = tmp_path / "log.txt"
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTEST_")}  # not this run's worker
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "-p", "no:cacheprovider", "-q", "--basetemp", str(tmp_path / "base"), str(suite)],
        cwd=suite, capture_output=True, text=True, env={**env, "SUITE_LOG": str(log)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "8 passed" in result.stdout, result.stdout
    lines = log.read_text(encoding="utf-8").splitlines()
    assert sorted(line.split(" on ")[0] for line in lines if line.startswith("module build")) == ["module build of test_one", "module build of test_two"], lines
    assert lines.count("session build") == 1, lines
    projects = {line.split(" on ")[0] for line in lines if line.startswith("session project")}
    workers = {line.split(" on ")[1] for line in lines if line.startswith("session project")}
    assert len(projects) == 1 and workers == {"gw0", "gw1"}, lines
