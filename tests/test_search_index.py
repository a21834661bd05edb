"""The search index in shards (generator/publish/search_index.py): the plan, and the bundles a build writes."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

from hypothesis import given, strategies as st

from conftest import SEED_IDS, SHARD_PAGES
from generator.model import UNKNOWN_DATE, Article
from generator.publish.search_index import SHARDS_FILE, plan_shards


class Dated:
    """What plan_shards reads of an article."""

    def __init__(self, id: str, sort_date: str):
        self.id, self.sort_date = id, sort_date

    @property
    def url(self) -> str:
        return f"articles/{self.id}/"

    search_sort_date = Article.search_sort_date  # the real property, over sort_date


def page_id(page: str) -> str:
    return page.split("/")[1]


dates = st.one_of(st.just(""), st.dates(date(1990, 1, 1), date(2030, 1, 1)).map(date.isoformat))


@given(st.dictionaries(st.text("0123456789abcdef", min_size=16, max_size=16), dates, max_size=40), st.integers(1, 12))
def test_shards_partition_the_articles_in_date_order(articles, per_index):
    shards = plan_shards([Dated(i, d) for i, d in articles.items()], per_index)
    pages = [page for shard in shards for page in shard.pages]
    assert sorted(pages) == sorted(f"articles/{i}/index.html" for i in articles)  # each article once
    assert all(0 < len(s.pages) <= per_index for s in shards) and all(len(s.pages) == per_index for s in shards[:-1])
    keys = [(articles[page_id(p)] or UNKNOWN_DATE, page_id(p)) for p in pages]
    assert keys == sorted(keys)  # one shard's pages all sort before the next shard's
    assert [s.bundle for s in shards] == ["pagefind", *(f"pagefind-{n}" for n in range(2, len(shards) + 1))][:len(shards)]


def test_no_articles_no_bundles():
    assert plan_shards([], 5) == []


def test_the_seed_build_has_one_bundle_with_every_article(seed_site):
    plan = seed_site.json(SHARDS_FILE)
    assert plan == {"bundles": ["pagefind/"], "order": "date", "pages": [5]}
    entry = seed_site.json("pagefind/pagefind-entry.json")
    assert entry["languages"]["en"]["page_count"] == 5
    assert not (seed_site.site / "pagefind-2").exists()


def fragments(bundle: Path) -> list[dict]:
    """What a Pagefind bundle holds per page: its fragments are gzipped "pagefind_dcd" + JSON."""
    return [json.loads(gzip.decompress(p.read_bytes())[len(b"pagefind_dcd"):]) for p in sorted((bundle / "fragment").iterdir())]


def indexed_urls(bundle: Path) -> set[str]:
    return {fragment["url"] for fragment in fragments(bundle)}


def test_the_index_holds_the_article_text_not_the_page_furniture(seed_site):
    """Labels, counts, "unknown" placeholders and the hidden filter values stay out of the words searched
    (and of the excerpts shown); the filters, sort key and result fields are still read from them."""
    indexed = fragments(seed_site.site / "pagefind")
    assert len(indexed) == 5
    for page in indexed:
        for furniture in ("min read", "Where these facts come from", "author unknown", "outlet unknown", "date unknown", "kind unknown", "Id "):
            assert furniture not in page["content"], (page["url"], furniture)
        assert set(page["filters"]) >= {"outlet", "year", "kind", "actor", "topic"} and page["meta"]["title"] and page["meta"]["date"]
    dated = next(page for page in indexed if SEED_IDS["002"] in page["url"])
    assert "23 April 2025" in dated["content"]  # a known date stays searchable, as do names and outlets


def test_a_sharded_build_writes_a_bundle_per_shard_in_date_order(sharded_site):
    plan = sharded_site.json(SHARDS_FILE)
    assert plan == {"bundles": ["pagefind/", "pagefind-2/", "pagefind-3/"], "order": "date", "pages": [2, 2, 1]}
    dated = sorted((str(sharded_site.article_page(seed)["archive"]["date"]["value"] or UNKNOWN_DATE), SEED_IDS[seed]) for seed in SEED_IDS)
    expected = [{f"/articles/{i}/" for _, i in dated[start:start + SHARD_PAGES]} for start in range(0, 5, SHARD_PAGES)]
    assert [indexed_urls(sharded_site.site / b) for b in plan["bundles"]] == expected
    assert dated[-1][1] == SEED_IDS["002"]  # the one dated seed: the last bundle, alone
    assert not list(sharded_site.project.glob("*search-view*"))  # the runs' folders of links are gone
