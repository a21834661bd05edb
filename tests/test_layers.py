"""The data flows one way (pyproject.toml [tool.importlinter]): a stage never imports a later stage,
the reuse layer, the command line or publish. Imports inside functions count too."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is a test dependency: pip install -e '.[test]'"
    result = subprocess.run([lint], cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


STAGES = ("content", "enrich", "archive", "site")


def test_records_know_nothing_of_reuse():
    """What a page key holds of a record is said in build/keys.py (DIGESTS), never by the record: no
    class defines __fingerprint__, and no stage remembers objects by id()."""
    import ast

    found = []
    for path in sorted((PROJECT / "generator").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        stage = path.relative_to(PROJECT / "generator").parts[0] in STAGES
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "__fingerprint__":
                found.append(f"{path.name}:{node.lineno} defines __fingerprint__")
            if stage and isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "id":
                found.append(f"{path.name}:{node.lineno} calls id()")
    assert found == []
