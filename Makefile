# The two commands a new user needs: `make demo` and `make test`. Both set up .venv/ first.
VENV := .venv
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.8
export UV_PROJECT_ENVIRONMENT := $(abspath $(VENV))
export PREFECT_HOME ?= $(abspath .prefect)
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: setup demo test deploy bench clean-warehouse

setup: $(VENV)/.synced

$(VENV)/.synced: pyproject.toml uv.lock
	@test -x $(UV) || (python3 -m venv $(VENV) && $(VENV)/bin/pip install --quiet uv==$(UV_VERSION))
	@$(UV) sync --frozen --inexact --quiet
	@touch $@

demo: setup
	$(VENV)/bin/incidentwire run --demo
	@echo "daily brief (open in a browser):"
	@$(VENV)/bin/incidentwire report --out warehouse/reports/

test: setup
	$(VENV)/bin/python -m pytest

# Register the deployments of prefect.yaml on the Prefect server at $PREFECT_API_URL.
deploy: setup
	$(VENV)/bin/prefect work-pool create incidentwire-local --type process --overwrite
	PROJECT_DIR=$(CURDIR) $(VENV)/bin/prefect --no-prompt deploy --all

clean-warehouse:
	find warehouse -mindepth 1 -maxdepth 1 ! -name views.sql ! -name queries ! -name README.md -exec rm -rf {} +

# Speed and memory figures (printed, never asserted).
bench: setup
	$(VENV)/bin/python bench/run.py
