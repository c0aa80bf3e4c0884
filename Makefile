# plancheck: `make report` writes the default report; `make test` runs every
# check CI runs, installing the PDF clients the tests need when missing.

GO ?= go
FUZZTIME ?= 5s
STATICCHECK_VERSION = v0.8.2

.PHONY: report test deps check unit fuzz lint clean

report:
	$(GO) run ./cmd/plancheck report --out out

test: deps lint unit fuzz

# The tests check the outputs with real clients: poppler-utils (pdftotext,
# pdffonts, pdftoppm), qpdf and LibreOffice (soffice, headless). Install
# them with apt-get when missing.
deps:
	@if ! command -v pdftotext >/dev/null || ! command -v qpdf >/dev/null || ! command -v soffice >/dev/null; then \
		echo "installing poppler-utils qpdf libreoffice-calc-nogui (a few minutes on a new machine)"; \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq poppler-utils qpdf libreoffice-calc-nogui >/dev/null; \
	fi

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "not gofmt-formatted:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@command -v staticcheck >/dev/null || $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	PATH="$$PATH:$$($(GO) env GOPATH)/bin" staticcheck ./...

unit:
	PLANCHECK_REQUIRE_CLIENTS=1 $(GO) test -count=1 ./...

# Each fuzz target for a few seconds; `make fuzz FUZZTIME=10m` for a long run.
fuzz:
	$(GO) test ./report/plan -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 50x
	$(GO) test ./report/sheet -run '^$$' -fuzz '^FuzzParseNumber$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 50x
	$(GO) test ./report/sheet -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 50x
	$(GO) test ./report/sheet -run '^$$' -fuzz '^FuzzReadCSV$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 50x
	$(GO) test ./report/sheet -run '^$$' -fuzz '^FuzzReadPrevious$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 50x
	$(GO) test ./report/previous -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 50x

clean:
	rm -rf out
