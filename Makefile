# Two commands for a fresh clone: `make serve` and `make test`. Everything else is here too.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SYSTEM_PACKAGES := graphviz fonts-noto-cjk chromium nodejs
SITE_DIR := site
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

CHECKOV_VENV := .venv-checkov
CHECKOV_INSTALLED := $(CHECKOV_VENV)/.installed

ENV ?= production
# The GitHub repository (owner/name) whose production environment may deploy; set it for a fork.
GITHUB_REPOSITORY ?= aws-arch-notes/aws-arch-notes

.PHONY: help serve test test-fast lint build check clean bench system-packages lock preview infra deploy publish install

help:
	@echo "make serve   build and serve the site with live reload on http://127.0.0.1:8000"
	@echo "make test    lint, check and run every test (every lane, in parallel)"
	@echo "make test-fast  the unit lane: no browser, no site build (under a minute)"
	@echo "make build   strict build into $(SITE_DIR)/"
	@echo "make bench   benchmarks → bench/results.md and bench/results.json"
	@echo "make preview serve the built site/ on 127.0.0.1:8000 as CloudFront would"
	@echo "make infra   validate infra/site.yaml and print its deploy command (DEPLOY=1 runs it)"
	@echo "make deploy  test, build with the deployed address and publish a clean commit (ENV=production, AWS credentials)"
	@echo "make publish publish an already built site/ (COMMIT=<sha>, ROLLBACK=1 to go back; what CI runs)"
	@echo "make clean   remove build output, caches and benchmark results"
	@echo "make lock    refresh requirements.lock from requirements.in (needs the network)"

# Debian packages the build and the browser tests need; installed with apt-get as root,
# otherwise we stop and print the exact command.
system-packages:
	@missing=""; \
	for pkg in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Missing system packages. Run:"; \
	    echo "  sudo apt-get install -y --no-install-recommends$$missing"; \
	    exit 1; \
	  fi; \
	fi

$(INSTALLED): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

# checkov pins older libraries than the site, so it lives in a virtualenv of its own.
$(CHECKOV_INSTALLED): infra/requirements-checkov.lock
	@test -x $(CHECKOV_VENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_VENV)
	$(CHECKOV_VENV)/bin/pip install --quiet --disable-pip-version-check --require-hashes -r infra/requirements-checkov.lock
	@touch $@

check: $(INSTALLED)
	$(BIN)/python -m scripts check

# Built beside site/ and swapped in only when the strict build succeeds: a failed build never
# leaves a half-built site behind.
build: system-packages $(INSTALLED) check
	rm -rf $(SITE_DIR).new
	$(BIN)/mkdocs build --strict --clean -d $(SITE_DIR).new
	rm -rf $(SITE_DIR) && mv $(SITE_DIR).new $(SITE_DIR)

serve: system-packages $(INSTALLED) check
	$(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Every lane (pyproject.toml lists them), in TEST_WORKERS processes (pytest-xdist), one per core
# by default: on a busy two-core machine, three ran the browser lane no faster than two.
TEST_WORKERS ?= auto
test: system-packages $(INSTALLED) $(CHECKOV_INSTALLED) lint check
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

# The unit lane alone, in one process: no browser, no site build, no checkov.
test-fast: $(INSTALLED)
	$(BIN)/python -m pytest -m unit

preview: build
	$(BIN)/python -m scripts preview --site-dir $(SITE_DIR) --port 8000

infra: $(INSTALLED) $(CHECKOV_INSTALLED)
	$(CHECKOV_VENV)/bin/checkov --framework cloudformation --skip-download --quiet --compact -f infra/site.yaml
	$(BIN)/python -m scripts infra --repository $(GITHUB_REPOSITORY) $(if $(DOMAIN),--domain $(DOMAIN) --certificate-arn $(CERTIFICATE_ARN) --hosted-zone-id $(HOSTED_ZONE_ID)) $(if $(DEPLOY),--apply)

# Lighthouse 12 (and the axe-core that tests/quality vendors) from npm, exactly as locked;
# no install scripts run. Lighthouse 13 needs a newer Node.js than Debian's.
LIGHTHOUSE := tools/lighthouse/node_modules/.package-lock.json
$(LIGHTHOUSE): tools/lighthouse/package.json tools/lighthouse/package-lock.json
	@command -v npm >/dev/null || { echo "npm not found. Run:"; \
	  echo "  sudo apt-get install -y --no-install-recommends npm"; exit 1; }
	cd tools/lighthouse && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

bench: system-packages $(INSTALLED) $(LIGHTHOUSE)
	$(BIN)/python -m scripts bench

# From a laptop: refuse a work tree with changes (what is deployed must be a commit that can be
# found and redeployed), run every test, then build for the address the stack serves (its SiteUrl
# output; stack and Region come from infra/environments.yml) and publish. CI does not use this:
# it builds in a job without AWS credentials and publishes with `make publish`.
deploy: system-packages $(INSTALLED)
	@$(BIN)/python -m scripts source-commit >/dev/null
	$(MAKE) test
	@commit=$$($(BIN)/python -m scripts source-commit) || exit 1; \
	site_url=$$($(BIN)/python -m scripts site-url --env $(ENV)) || exit 1; \
	echo "Building $$commit for $$site_url"; \
	rm -rf $(SITE_DIR).new; \
	SITE_URL=$$site_url $(BIN)/mkdocs build --strict --clean -d $(SITE_DIR).new && \
	rm -rf $(SITE_DIR) && mv $(SITE_DIR).new $(SITE_DIR) && \
	$(BIN)/python -m scripts deploy --env $(ENV) --site-dir $(SITE_DIR) --commit "$$commit" --wait

# Publish a site built elsewhere (CI's build job) from COMMIT; ROLLBACK=1 allows a commit older
# than the live one. Runs the deploy tool only: no build, no plugin, while credentials exist.
publish: $(INSTALLED)
	@test -n "$(COMMIT)" || { echo "publish: set COMMIT to the commit $(SITE_DIR)/ was built from"; exit 2; }
	$(BIN)/python -m scripts deploy --env $(ENV) --site-dir $(SITE_DIR) --commit "$(COMMIT)" --wait $(if $(ROLLBACK),--allow-rollback)

install: $(INSTALLED)

clean:
	rm -rf $(SITE_DIR) $(SITE_DIR).new bench .cache .pytest_cache .ruff_cache

# Refresh the lock: edit requirements.in, then `make lock` (uses pip-tools in a throwaway venv).
lock:
	$(PYTHON) -m venv /tmp/aws-arch-notes-lock
	/tmp/aws-arch-notes-lock/bin/pip install --quiet pip-tools
	/tmp/aws-arch-notes-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in
