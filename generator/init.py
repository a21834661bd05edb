"""`corpus-archive init DIR`: a new, empty archive folder that builds as soon as texts are copied in.

Everything comes from the installed package (generator/skeleton/), never from a copy of this
repository: mkdocs.yml with the archive's title, an empty corpus/ with commented (optional)
registries, the GitHub Pages workflow, .gitignore, CITATION.cff and a README for the archive's owner.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

SKELETON = "skeleton"
# skeleton file -> path in the new archive ("" for a template's name without .j2)
FILES = {
    "mkdocs.yml.j2": "mkdocs.yml",
    "README.md.j2": "README.md",
    "CITATION.cff.j2": "CITATION.cff",
    "requirements.txt.j2": "requirements.txt",
    "workflows/pages.yml.j2": ".github/workflows/pages.yml",
    "gitignore": ".gitignore",
    "corpus/actors.yml": "corpus/actors.yml",
    "corpus/topics.yml": "corpus/topics.yml",
    "corpus/metadata.yml": "corpus/metadata.yml",
}
EMPTY_FOLDERS = ("docs",)


class InitError(Exception):
    """The folder cannot become a new archive; the message says why."""


@dataclass(frozen=True)
class NewArchive:
    title: str
    description: str = ""
    site_url: str = ""
    tool_spec: str = ""


def skeleton_files(archive: NewArchive) -> dict[str, str]:
    """Path in the new archive -> its text."""
    env = Environment(loader=PackageLoader("generator", SKELETON), undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
    env.filters["yaml"] = yaml_scalar
    context = {**archive.__dict__, "tool_spec": archive.tool_spec or tool_spec()}
    files = {}
    for source, target in FILES.items():
        if source.endswith(".j2"):
            files[target] = env.get_template(source).render(**context)
        else:
            files[target] = resources.files("generator").joinpath(SKELETON, source).read_text(encoding="utf-8")
    return files


def yaml_scalar(value: str) -> str:
    """A string as one YAML (and CFF) scalar, quoted: a title may hold colons, quotes or a leading '!'."""
    return json.dumps(str(value), ensure_ascii=False)


def tool_spec() -> str:
    """How this copy of corpus-archive was installed, as a pip requirement the Pages workflow can use:
    a version-control install names its repository and commit; otherwise the archive's owner is told
    to fill it in."""
    try:
        direct = metadata.distribution("corpus-archive").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        direct = None
    info = json.loads(direct) if direct else {}
    vcs = info.get("vcs_info")
    if vcs and not info.get("url", "").startswith("file:"):
        return f"corpus-archive @ {vcs.get('vcs', 'git')}+{info['url']}@{vcs.get('commit_id', '')}".rstrip("@")
    return UNKNOWN_SPEC


UNKNOWN_SPEC = "# corpus-archive @ git+https://github.com/OWNER/corpus-archive   <- say here where to install corpus-archive from"


def create(folder: Path, archive: NewArchive) -> list[Path]:
    """Write the new archive into `folder` (made if missing); refuses a folder that holds anything."""
    if folder.exists() and not folder.is_dir():
        raise InitError(f"{folder}: exists and is not a folder")
    if folder.is_dir() and any(item.name != ".git" for item in folder.iterdir()):
        raise InitError(f"{folder}: not empty; init makes a new archive only in an empty or new folder (or a new, empty git repository)")
    if not archive.title.strip():
        raise InitError("the title must not be empty")
    written = []
    for relative, text in skeleton_files(archive).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    for name in EMPTY_FOLDERS:
        (folder / name).mkdir(exist_ok=True)
        (folder / name / ".gitkeep").touch()
    return written



