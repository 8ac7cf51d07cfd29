# crosscheck -- hand-written Makefile.  `make` builds ./crosscheck;
# `make test` and `make demo` first run `make deps`, which installs the
# Debian packages pkg-config cannot find.  SANITIZE=address,undefined
# builds into build/san/ instead of build/.

PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
DATADIR  ?= $(PREFIX)/share/crosscheck
MANDIR   ?= $(PREFIX)/share/man/man1

CC       ?= cc
PKGS      = libpcre2-8 libutf8proc libxxhash json-c sqlite3 libxml-2.0
TESTPKGS  = criterion

WARN = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wwrite-strings -Wformat=2 -Wno-format-nonliteral
ifdef CI
WARN += -Werror
endif

ifdef SANITIZE
BUILD   ?= build/san
SANFLAGS = -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT     ?= -O1 -g
else
BUILD   ?= build
SANFLAGS =
OPT     ?= -O2 -g
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer
TEST_CFLAGS := $(shell pkg-config --cflags $(TESTPKGS) 2>/dev/null)
TEST_LIBS   := $(shell pkg-config --libs $(TESTPKGS) 2>/dev/null)

CFLAGS  ?= $(OPT)
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
             $(WARN) $(CFLAGS) $(SANFLAGS) $(PKG_CFLAGS) -pthread -Iengine \
             -I$(BUILD) \
             -DXC_DATADIR='"$(DATADIR)"' -MMD -MP
LDLIBS_ALL = $(PKG_LIBS) -lm -pthread

LIB_SRC = $(wildcard engine/*.c)
CLI_SRC = $(wildcard engine/cli/*.c)
UNIT_SRC = $(wildcard tests/unit/*.c)
FUZZ_TARGETS = extract number text rules html
TOOL_SRC = $(wildcard tools/*.c)

LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  = $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ = $(UNIT_SRC:%.c=$(BUILD)/%.o)

LIB  = $(BUILD)/libcrosscheck.a
BIN  = $(BUILD)/crosscheck
UNIT = $(BUILD)/unit-tests
TOOLS = $(TOOL_SRC:tools/%.c=$(BUILD)/xc-%)
EVAL = $(BUILD)/xc-eval
BENCHGEN = $(BUILD)/xc-benchgen
PEERS = $(BUILD)/xc-peers

.PHONY: all deps test check check-threads unit golden rules-test eval eval-real bench peers demo \
        reports install uninstall clean fuzz golden-update

all: $(BIN) $(TOOLS)
ifndef SANITIZE
	@ln -sf $(BIN) crosscheck
endif

deps:
	@sh tools/deps.sh

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(if $(findstring tests/unit,$<),$(TEST_CFLAGS)) -c $< -o $@

# the schema is compiled in, generated from engine/schema.sql at build time
$(BUILD)/schema.inc: engine/schema.sql
	@mkdir -p $(dir $@)
	sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$$/\\n",/' $< > $@

$(BUILD)/engine/store.o: $(BUILD)/schema.inc

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(SANFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS_ALL)

# the unit tests wrap the library's allocator to fail the Nth allocation
$(UNIT): $(UNIT_OBJ) $(LIB)
	$(CC) $(SANFLAGS) -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc \
	  -o $@ $(UNIT_OBJ) $(LIB) $(LDLIBS_ALL) $(TEST_LIBS)

FUZZ_BINS = $(FUZZ_TARGETS:%=$(BUILD)/fuzz-%)

$(BUILD)/fuzz-%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/replay_main.o $(LIB)
	$(CC) $(SANFLAGS) -o $@ $^ $(LDLIBS_ALL)

$(BUILD)/xc-%: $(BUILD)/tools/%.o $(LIB)
	$(CC) $(SANFLAGS) -o $@ $< $(LIB) $(LDLIBS_ALL)

# ---- tests: unit, golden CLI, rule examples; then the same under ASan+UBSan
test:
	@sh tools/deps.sh test
	$(MAKE) all
	$(MAKE) check
	$(MAKE) SANITIZE=address,undefined check
	$(MAKE) SANITIZE=thread BUILD=build/tsan check-threads
	@echo "make test: all suites passed (plain, address,undefined, and thread for ingest --jobs)"

# the worker threads of ingest under ThreadSanitizer (a race is an error)
check-threads: $(BIN) $(BENCHGEN)
	TSAN_OPTIONS=halt_on_error=1 sh tests/store/jobs.sh $(BIN) $(BENCHGEN)

# Criterion runs each test in a child whose sanitizer report does not change
# the verdict, so the log is checked for one too
check: $(BIN) $(UNIT) $(FUZZ_BINS) $(TOOLS)
	@$(UNIT) --jobs 2 >$(BUILD)/unit.log 2>&1; rc=$$?; cat $(BUILD)/unit.log; \
	  if grep -q "Sanitizer" $(BUILD)/unit.log; then echo "unit tests: sanitizer report above"; exit 1; fi; \
	  exit $$rc
	sh tests/cli/run.sh $(BIN)
	$(BIN) rules test
	sh tests/fuzz/replay.sh $(BUILD)
	sh tests/store/kill.sh $(BIN) $(BENCHGEN)
	sh tests/store/diskfull.sh $(BIN) $(BENCHGEN)
	sh tests/store/migrate.sh $(BIN)
	sh tests/store/jobs.sh $(BIN) $(BENCHGEN)
	$(EVAL) corpus >/dev/null
	sh tools/checkeval.sh $(BIN) $(BUILD) --strict
	@# the committed example reports are what the corpus gives today
	@rm -rf $(BUILD)/reports && sh tools/demo.sh $(BIN) $(BUILD)/reports >/dev/null
	@for f in md json html; do cmp -s reports/corpus.$$f $(BUILD)/reports/corpus.$$f || \
	  { echo "reports/corpus.$$f is out of date (run make reports):"; \
	    diff reports/corpus.$$f $(BUILD)/reports/corpus.$$f | head -20; exit 1; }; done
	@echo "example reports: up to date"
	sh tests/html/browser.sh $(BUILD)/reports/corpus.html $(BUILD)/reports/corpus.json $(BUILD)/reports/corpus.png
	@# an installed copy finds its rules away from the source tree
	@rm -rf $(BUILD)/inst && $(MAKE) -s install PREFIX=$(CURDIR)/$(BUILD)/inst >/dev/null
	cd / && $(CURDIR)/$(BUILD)/inst/bin/crosscheck rules lint

unit: $(UNIT)
	$(UNIT)

golden-update: $(BIN)
	XC_UPDATE=1 sh tests/cli/run.sh $(BIN)

# real third-party news with gold (../shared/realnews, not in a user's
# clone): extraction, conflicts and false alarms of the matcher
eval-real: all
	@if [ -f ../shared/realnews/score.py ]; then \
	  python3 ../shared/realnews/score.py --bin ./crosscheck && \
	  python3 tools/eval-stories.py --bin ./crosscheck \
	    $$(ls -d ../shared/realnews/*/ | while read d; do \
	       [ -f $$d/SOURCES.tsv ] && echo $$d; done); \
	else echo "eval-real: ../shared/realnews not found; skipped"; fi

eval: all
	$(EVAL) corpus
	@echo
	sh tools/checkeval.sh $(BIN) $(BUILD)

peers: all
	$(PEERS) ../shared/peers

bench: all
	sh tools/bench.sh $(BIN) $(BENCHGEN)

demo: deps
	$(MAKE) all
	sh tools/demo.sh ./crosscheck

reports: all
	sh tools/demo.sh ./crosscheck
	sh tests/html/browser.sh reports/corpus.html reports/corpus.json reports/corpus.png

# coverage-guided fuzzing with clang's libFuzzer; new crashers go to
# tests/fuzz/corpus/TARGET/ so that `make test` replays them forever
FUZZ_SECONDS ?= 60
fuzz: all $(BUILD)/schema.inc
	@mkdir -p build/libfuzzer
	for t in $(FUZZ_TARGETS); do \
	  clang -g -O1 -fsanitize=fuzzer,address,undefined -Iengine -I$(BUILD) $(PKG_CFLAGS) \
	    tests/fuzz/fuzz_$$t.c $(LIB_SRC) $(PKG_LIBS) -lm -o build/libfuzzer/fuzz-$$t || exit 1; \
	  mkdir -p build/libfuzzer/work-$$t; \
	  build/libfuzzer/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -artifact_prefix=tests/fuzz/corpus/$$t/ build/libfuzzer/work-$$t tests/fuzz/corpus/$$t || exit 1; \
	done

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/rules/lexicon \
	  $(DESTDIR)$(DATADIR)/rules/check $(DESTDIR)$(MANDIR)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/crosscheck
	install -m 644 rules/*.rules rules/README.md $(DESTDIR)$(DATADIR)/rules/
	install -m 644 rules/lexicon/*.lex $(DESTDIR)$(DATADIR)/rules/lexicon/
	install -m 644 rules/check/*.tsv $(DESTDIR)$(DATADIR)/rules/check/
	install -m 644 docs/crosscheck.1 $(DESTDIR)$(MANDIR)/crosscheck.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/crosscheck $(DESTDIR)$(MANDIR)/crosscheck.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build crosscheck

.SECONDARY:

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) $(TOOL_SRC:%.c=$(BUILD)/%.d) \
  $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz/fuzz_%.d) $(BUILD)/tests/fuzz/replay_main.d
