# lode: build/lode from src/*.c with lib/**/*.js embedded.
CC ?= cc
PKGS = javascriptcoregtk-4.1 libuv icu-uc libcares libcrypto libssl zlib libbrotlienc libbrotlidec
CFLAGS ?= -O2 -g
ALL_CFLAGS = $(CFLAGS) -std=c11 -D_GNU_SOURCE -Wall -Wextra $(shell pkg-config --cflags $(PKGS))
LDLIBS += $(shell pkg-config --libs $(PKGS)) -lm
BUILD ?= build

SRCS = $(wildcard src/*.c)
OBJS = $(SRCS:src/%.c=$(BUILD)/%.o) $(BUILD)/builtins.o
LIBJS = $(shell cd lib && find . -name '*.js' | sed 's|^\./||' | sort)

.PHONY: all test test-npm test-parser asan clean bench fuzz

all: $(BUILD)/lode

$(BUILD)/lode: $(OBJS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/embed: tools/embed.c | $(BUILD)
	$(CC) -O1 -o $@ $<

$(BUILD)/builtins.c: $(BUILD)/embed $(addprefix lib/,$(LIBJS))
	@$(BUILD)/embed $@ lib $(LIBJS)

$(BUILD)/builtins.o: $(BUILD)/builtins.c src/runtime.h
	$(CC) $(ALL_CFLAGS) -O0 -Isrc -c -o $@ $<

$(BUILD):
	mkdir -p $(BUILD)

test: $(BUILD)/lode
	./tools/run-tests $(BUILD)/lode

# express, and the ES-module-only chalk@5/execa@9 with uuid@9 ("exports"
# conditions), from the npm registry, run under lode (needs the system npm).
test-npm: $(BUILD)/lode
	./tools/test-npm $(BUILD)/lode

# lode's JS parser against test262-parser-tests, and against JSC's own syntax
# check over a large node_modules tree (needs the system npm).
test-parser: $(BUILD)/lode
	./tools/test-parser --diff $(BUILD)/lode

# A small quarantine: the 1 GiB http tests bound the peak RSS (backpressure),
# which ASan's default 256 MB quarantine alone would break.
asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined"
	ASAN_OPTIONS=detect_leaks=0:quarantine_size_mb=16 ./tools/run-tests build-asan/lode

# Every test/fuzz/fuzz-*.c (sources to link on its `// link:` line) under
# libFuzzer with ASan/UBSan, FUZZ_SECONDS each; corpora stay in $(BUILD)-fuzz.
FUZZ_SECONDS ?= 30
fuzz:
	@mkdir -p $(BUILD)-fuzz
	@for f in test/fuzz/fuzz-*.c; do n=$$(basename $$f .c); \
	  clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Isrc \
	    $$f $$(sed -n 's|^// link: ||p' $$f) -o $(BUILD)-fuzz/$$n || exit 1; \
	  mkdir -p $(BUILD)-fuzz/corpus-$$n; echo "fuzz: $$n ($(FUZZ_SECONDS) s)"; \
	  $(BUILD)-fuzz/$$n -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(BUILD)-fuzz/$$n- $(BUILD)-fuzz/corpus-$$n 2>&1 | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|crash-|Done' || true; \
	  ls $(BUILD)-fuzz/$$n-crash-* $(BUILD)-fuzz/$$n-leak-* $(BUILD)-fuzz/$$n-timeout-* >/dev/null 2>&1 && exit 1; \
	done; true

bench: $(BUILD)/lode
	./bench/run $(BUILD)/lode

clean:
	rm -rf build build-asan build-fuzz
