# plancheck: `make report` writes the default report (PDF, Word, Excel and
# JSON), `make web` the public web page and its CSV; `make test` runs every check CI runs, installing the clients the
# tests need when missing.

GO ?= go
FUZZTIME ?=
STATICCHECK_VERSION = v0.8.2

.PHONY: report web test deps check unit fuzz lint clean

report:
	$(GO) run ./cmd/plancheck report --out out

web:
	$(GO) run ./cmd/plancheck report --format html --edition public --out out

test: deps lint unit fuzz

# The tests check the outputs with real clients: poppler-utils (pdftotext,
# pdffonts, pdftoppm), qpdf, LibreOffice (soffice, headless: Calc for the
# workbook, Writer for the Word report), python-docx (Debian's
# python3-docx, for Debian's python3: PYTHON) and a CJK font for
# LibreOffice to set the Chinese text in (fonts-noto-cjk); for the web
# page, Chromium (Debian's chromium, run headless) and axe-core 4 (from
# npm, into AXE_DIR, given to the tests as PLANCHECK_AXE, the path of its
# axe.min.js). Each is checked by a command or a file, and only the
# missing ones are installed, with apt-get (npm itself too, when missing)
# and npm.
PYTHON ?= /usr/bin/python3
AXE_DIR ?= $(HOME)/.cache/plancheck-test/axe
AXE = $(AXE_DIR)/node_modules/axe-core/axe.min.js
# Where Debian's LibreOffice keeps Calc's and Writer's libraries (the GUI
# and no-GUI packages alike).
LO = /usr/lib/libreoffice/program

deps:
	@missing=; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	command -v qpdf >/dev/null || missing="$$missing qpdf"; \
	{ command -v soffice >/dev/null && [ -e $(LO)/libsclo.so ]; } || missing="$$missing libreoffice-calc-nogui"; \
	{ command -v soffice >/dev/null && [ -e $(LO)/libswlo.so ]; } || missing="$$missing libreoffice-writer-nogui"; \
	$(PYTHON) -c 'import docx' 2>/dev/null || missing="$$missing python3-docx"; \
	[ -n "$$(fc-list :lang=zh 2>/dev/null)" ] || missing="$$missing fonts-noto-cjk"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	[ -e $(AXE) ] || command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing (a few minutes on a new machine)"; \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@[ -e $(AXE) ] || { echo "installing axe-core 4 into $(AXE_DIR)"; \
		npm install --silent --no-audit --no-fund --prefix $(AXE_DIR) axe-core@4 >/dev/null && [ -e $(AXE) ]; }

# staticcheck is the pinned STATICCHECK_VERSION, whatever is on PATH or in
# GOBIN: `go run pkg@version` builds it into Go's own caches (the module
# cache, GOMODCACHE, and the build cache) and installs nothing anywhere
# else; the first run downloads it, and says so.
lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@[ -d "$$($(GO) env GOMODCACHE)/honnef.co/go/tools@$(STATICCHECK_VERSION)" ] || \
		echo "downloading staticcheck $(STATICCHECK_VERSION) into the Go module cache $$($(GO) env GOMODCACHE) (nothing is installed elsewhere)"
	$(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

unit:
	PLANCHECK_REQUIRE_CLIENTS=1 PLANCHECK_PYTHON=$(PYTHON) PLANCHECK_AXE=$(AXE) $(GO) test -count=1 ./...

# Every fuzz target of every package, each for a number of executions
# (scripts/fuzz.sh says why counts and not seconds); `make fuzz FUZZTIME=10m`
# for a long run. The targets are found with go test -list, so a new one is
# fuzzed without being listed.
fuzz:
	GO=$(GO) FUZZTIME=$(FUZZTIME) sh scripts/fuzz.sh

clean:
	rm -rf out
