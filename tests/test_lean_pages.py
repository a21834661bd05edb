"""Issue 35, lean pages: what every page no longer repeats, and that the reader still gets it."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

from conftest import BUNDLE_URL, ORIGINALS_URL, PROJECT, SEED_IDS, SITE_URL, build_project, copy_project, limit_recent_pages
from generator.config import ConfigError, load_settings
from generator.init import NewArchive, skeleton_files
from generator.publish.fixity import BUNDLE, MANIFEST, read_manifest, verify
from generator.publish.stage import RELEASE, published_apart
from generator.site.citepages import ARCHIVE_FILES


def test_header_icons_are_drawn_by_the_stylesheet_not_repeated_in_every_page(seed_site):
    css = (seed_site.site / "assets/archive.css").read_text(encoding="utf-8")
    for rel in ("index.html", f"articles/{SEED_IDS['001']}/index.html", "actors/donald-trump/index.html"):
        html = seed_site.html(rel)
        assert html.select("header .md-header__button.md-logo .archive-icon--logo") and html.select(".md-nav__title .md-logo .archive-icon--logo")
        # the palette's inputs and labels are made by material-palette.js from one list (Material shows its labels by script)
        options = json.loads(html.select_one("form[data-md-component=palette]")["data-archive-palette"])
        assert [o[4] for o in options] == ["Switch to dark mode", "Switch to light mode"]  # each toggle still named
        assert [o[5] for o in options] == ["material-weather-night", "material-weather-sunny"]
        assert not html.select(".md-logo svg, form[data-md-component=palette] svg"), rel
        drawn = [c for icon in html.select(".archive-icon") for c in icon["class"] if c.startswith("archive-icon--")]
        for name in drawn + [f"archive-icon--{o[5]}" for o in options]:
            assert re.search(rf"\.{name} {{ --archive-icon: url\('data:image/svg\+xml;charset=utf-8,<svg ", css), name


def test_each_citation_is_in_the_page_once_and_its_copy_button_copies_it(seed_site):
    cite = seed_site.article_html("001").select_one("section.archive-cite")
    attributes = [value for element in cite.find_all(True) for value in element.attrs.values() if isinstance(value, str)]
    for style in cite.select(".archive-cite__style"):
        text = style.select_one(".archive-cite__entry").get_text()
        assert text.startswith("Fadiah") and not [v for v in attributes if text[:30] in v]  # archive.js copies the entry's text
        assert style.select_one("button.archive-copy").get_text() == f"Copy {style['data-style'].upper()}"


def test_a_mention_file_says_each_mentions_article_actor_and_name_once(seed_site):
    """Each mention is its anchor, under the name as written, under its actor (an article's file) or
    its article (an actor's file): the anchor says its place and ¶, as the article page's ids do."""
    article = seed_site.json(f"articles/{SEED_IDS['002']}/mentions.json")
    assert article["article"] == SEED_IDS["002"] and article["mentions"]
    anchors = [a for by_surface in article["mentions"].values() for anchors in by_surface.values() for a in anchors]
    ids = {t["id"] for t in seed_site.article_html("002").select("[id]")}
    assert anchors and set(anchors) <= ids
    assert all(set(q) == {"speaker", "name", "text", "anchor", "cue"} for q in article["quotes"])
    actor = seed_site.json("actors/donald-trump/mentions.json")
    assert len(actor["articles"]) >= 2 and all(len(a["article"]) == 16 for a in actor["articles"])
    assert all(isinstance(anchors, list) and anchors for a in actor["articles"] for anchors in a["mentions"].values())
    quoted = seed_site.json("actors/yulia-svyrydenko/mentions.json")["quotes"]
    assert quoted and all(set(q) == {"text", "article", "anchor", "cue"} for q in quoted)


# The offline copy published elsewhere (extra.archive.bundle_url; the Pages workflow sets BUNDLE_URL)

def zipped_manifest(bundle: Path) -> bytes:
    with zipfile.ZipFile(bundle) as opened:
        return opened.read(f"archive/data/{MANIFEST}")


def test_without_a_bundle_url_the_site_holds_archive_zip_and_links_to_it(seed_site):
    assert zipped_manifest(seed_site.site / BUNDLE) == (seed_site.site / MANIFEST).read_bytes()
    assert not (seed_site.project / BUNDLE).exists()
    for rel in ("index.html", "offline.html"):
        assert [a["href"] for a in seed_site.html(rel).select("a[download]")] == [BUNDLE], rel


def test_with_a_bundle_url_archive_zip_is_kept_beside_the_site_and_the_links_point_at_the_url(seed_site_with_url):
    built = seed_site_with_url
    assert not (built.site / BUNDLE).exists()  # the deployed site does not carry its own copy
    # nor the offline search, which only a copy read from disk loads: the bundle is this site and that
    site = read_manifest(built.site)
    bundled = dict(line.split("  ")[::-1] for line in zipped_manifest(built.project / BUNDLE).decode().splitlines())
    assert site and {n: d for n, d in bundled.items() if not published_apart(n)} == site
    apart = {n for n in bundled if n not in site}
    assert apart == {n for n in bundled if n.startswith("search/offline-")} | set(ARCHIVE_FILES) and set(ARCHIVE_FILES) < apart
    assert verify(built.site).ok, verify(built.site).lines()
    for rel in ("index.html", "offline.html"):
        assert [a["href"] for a in built.html(rel).select("a[download]")] == [BUNDLE_URL], rel


def test_with_a_bundle_url_the_data_files_are_kept_for_the_release_and_the_data_page_links_there(seed_site_with_url):
    """The whole-archive data files are assets of the offline copy's release: kept in release/, the
    zip's bytes, and the data page links to the release (to the file beside it when read from disk)."""
    built = seed_site_with_url
    with zipfile.ZipFile(built.project / BUNDLE) as opened:
        for path in ARCHIVE_FILES:
            assert (built.project / RELEASE / Path(path).name).read_bytes() == opened.read(f"archive/data/{path}"), path
    links = {a.get_text(): a for a in built.html("data/index.html").select("a[data-archive-local]")}
    release = BUNDLE_URL.rpartition("/")[0]
    assert set(links) == {Path(path).name for path in ARCHIVE_FILES}
    assert all(a["href"] == f"{release}/{name}" and a["data-archive-local"] == name for name, a in links.items())


def test_with_an_originals_url_each_original_is_linked_there_and_in_the_offline_copy_only(seed_site_with_originals_url):
    """The verbatim originals published as the repository's files (ORIGINALS_URL): not deployed, in the
    offline copy, and every address of one (the page's link, its JSON-LD, articles.json) is the
    corpus folder's address + the file's path, the bytes the sha256 beside it names."""
    built = seed_site_with_originals_url
    assert not list(built.site.glob("articles/*/original.txt")) and verify(built.site).ok
    exported = {a["id"]: a for a in json.loads(built.data_file("articles.json").read_text(encoding="utf-8"))}
    with zipfile.ZipFile(built.project / BUNDLE) as opened:
        for seed, article_id in SEED_IDS.items():
            source = next((PROJECT / "corpus").glob(f"{seed}_*.txt"))
            assert opened.read(f"archive/data/articles/{article_id}/original.txt") == source.read_bytes()
            address = ORIGINALS_URL + quote(source.name)
            page = built.article_html(seed)
            link = page.select_one(".archive-cite__fixity a")
            assert (link["href"], link["data-archive-local"]) == (address, "original.txt")
            assert json.loads(page.find("script", type="application/ld+json").string)["isBasedOn"]["contentUrl"] == address
            assert exported[article_id]["original"] == address


def marked(bundle: Path, entry: str) -> None:
    """bundle with one entry's bytes replaced by as many x's: a zip made from it shows whether it copied that entry."""
    with zipfile.ZipFile(bundle) as opened:
        entries = [(info, opened.read(info)) for info in opened.infolist()]
    with zipfile.ZipFile(bundle, "w") as rewritten:
        for info, data in entries:
            rewritten.writestr(info, b"x" * len(data) if info.filename == entry else data)


def zip_entries(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as opened:
        return {info.filename: opened.read(info) for info in opened.infolist()}


def test_an_incremental_publish_reuses_the_bundle_kept_beside_the_site(tmp_path):
    """The next build's zip copies the unchanged files' entries from the one beside mkdocs.yml, and is
    otherwise the full build's (its search shard indexed again: room for one recent page)."""
    env = {"SITE_URL": SITE_URL, "BUNDLE_URL": BUNDLE_URL, "SOURCE_DATE_EPOCH": "1767225600"}
    project = copy_project(tmp_path / "project")
    limit_recent_pages(project, 1)
    assert build_project(project, env=env).result.returncode == 0
    unchanged = f"archive/data/articles/{SEED_IDS['004']}/original.txt"
    marked(project / BUNDLE, unchanged)
    (project / "corpus" / "late.txt").write_text("Harbour reopens after storm\n\nPublished: June 2, 2026\n\nThe harbour of "
                                                 "Port Ellis reopened on Monday, the harbour master, Jane Okafor, said.\n", encoding="utf-8")
    again = build_project(project, env=env).result
    assert again.returncode == 0 and "incremental build" in again.stderr, again.stdout + again.stderr
    assert not (project / "site" / BUNDLE).exists()
    full = shutil.copytree(project, tmp_path / "full", ignore=shutil.ignore_patterns("site", ".cache", BUNDLE))
    assert build_project(full, env=env).result.returncode == 0
    ours, theirs = zip_entries(project / BUNDLE), zip_entries(full / BUNDLE)
    assert set(ours.pop(unchanged)) == {ord("x")} and set(theirs.pop(unchanged)) != {ord("x")}
    assert ours == theirs


def test_an_incremental_publish_with_the_originals_apart_makes_the_full_builds_site_and_zip(tmp_path):
    """The originals out of the site (ORIGINALS_URL) and the data files in release/: the next build, an
    incremental one, puts them in the zip and release/ again as a full build does (its search shard indexed again:
    room for one recent page)."""
    env = {"SITE_URL": SITE_URL, "BUNDLE_URL": BUNDLE_URL, "ORIGINALS_URL": ORIGINALS_URL, "SOURCE_DATE_EPOCH": "1767225600"}
    project = copy_project(tmp_path / "project")
    limit_recent_pages(project, 1)
    assert build_project(project, env=env).result.returncode == 0
    (project / "corpus" / "late.txt").write_text("Harbour reopens after storm\n\nThe harbour of Port Ellis reopened on "
                                                 "Monday, the harbour master, Jane Okafor, said.\n", encoding="utf-8")
    again = build_project(project, env=env).result
    assert again.returncode == 0 and "incremental build" in again.stderr, again.stdout + again.stderr
    full = shutil.copytree(project, tmp_path / "full", ignore=shutil.ignore_patterns("site", ".cache", BUNDLE, RELEASE))
    assert build_project(full, env=env).result.returncode == 0
    assert zip_entries(project / BUNDLE) == zip_entries(full / BUNDLE)
    assert {p.name: p.read_bytes() for p in (project / RELEASE).iterdir()} == {p.name: p.read_bytes() for p in (full / RELEASE).iterdir()}
    assert not list((project / "site").glob("articles/*/original.txt")) and verify(project / "site").ok


@pytest.mark.parametrize("value", ["archive.zip", "/archive.zip", "ftp://host/archive.zip", "https://", "https://host/a zip"])
def test_a_bundle_url_must_be_a_web_address(tmp_path, value):
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: x\nextra:\n  archive:\n    bundle_url: {json.dumps(value)}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"mkdocs\.yml: extra\.archive\.bundle_url: expected an http"):
        load_settings(config)
    config.write_text("site_name: x\nextra:\n  archive:\n    bundle_url: !ENV [NO_SUCH_VARIABLE_H35, '']\n", encoding="utf-8")
    assert load_settings(config).options.bundle_url == ""


WORKFLOWS = {"this repository's": (PROJECT / ".github/workflows/pages.yml").read_text(encoding="utf-8"),
             "a new archive's": skeleton_files(NewArchive("T"))[".github/workflows/pages.yml"]}


@pytest.mark.parametrize("name", WORKFLOWS)
def test_the_pages_workflow_publishes_the_bundle_as_a_release_asset_and_keeps_what_the_next_build_reuses(name):
    steps = yaml.safe_load(WORKFLOWS[name])["jobs"]["build"]["steps"]
    by_use = {step.get("uses", "").split("@")[0]: step for step in steps}
    (build,) = [step for step in steps if "Build the archive" == step.get("name")]
    assert build["env"]["ORIGINALS_URL"] == ("${{ !github.event.repository.private && format('{0}/{1}/raw/{2}/corpus/', "
                                             "github.server_url, github.repository, github.sha) || '' }}")  # a public repository's files only
    url = build["env"]["BUNDLE_URL"]
    tag = re.fullmatch(r"\$\{\{ github\.server_url \}\}/\$\{\{ github\.repository \}\}/releases/download/([\w.-]+)/archive\.zip", url).group(1)
    (release,) = [step for step in steps if "gh release upload" in step.get("run", "")]
    assert f"gh release upload {tag} archive.zip release/* --clobber" in release["run"] and f"gh release create {tag}" in release["run"]
    assert steps.index(release) > steps.index(by_use["actions/upload-pages-artifact"]) > steps.index(build)
    assert by_use["actions/upload-pages-artifact"]["with"]["path"] == "site"  # built with BUNDLE_URL: no archive.zip in it
    cached = set(by_use["actions/cache"]["with"]["path"].split())
    assert cached == {".cache", "docs", "site", BUNDLE}  # the store and publish.json, the Markdown MkDocs compares, the last site and zip
    assert yaml.safe_load(WORKFLOWS[name])["permissions"]["contents"] == "write"


def test_a_build_with_nothing_changed_makes_the_offline_copy_again_if_it_is_gone(tmp_path):
    """With the offline copy published apart, a build that finds nothing changed still makes archive.zip and the
    release files again when they were removed (a workflow that uploaded and deleted them)."""
    env = {"SITE_URL": SITE_URL, "BUNDLE_URL": BUNDLE_URL, "SOURCE_DATE_EPOCH": "1767225600"}
    project = copy_project(tmp_path / "project")
    assert build_project(project, env=env).result.returncode == 0
    same = build_project(project, env=env).result
    assert same.returncode == 0 and "site unchanged" in same.stderr, same.stdout + same.stderr
    shutil.rmtree(project / RELEASE)
    again = build_project(project, env=env).result
    assert again.returncode == 0 and "incremental build" in again.stderr and (project / RELEASE).is_dir()
    (project / BUNDLE).unlink()
    third = build_project(project, env=env).result
    assert third.returncode == 0 and "incremental build" in third.stderr and (project / BUNDLE).is_file()
