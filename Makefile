# The quick start: `make example` and `make check` each install what is missing, build, and run.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: deps build example check check-release sanitize-build check-sanitize fuzz fuzz-fixes clean

deps:
	@./cmake/install-deps.sh

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-19

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

example: build
	./examples/run.sh $(BUILD)

# The whole suite twice: against the normal build, then against the sanitizer build (ASan +
# UBSan, short fuzzer runs; below). CI runs this; docs/testing.md gives what each costs.
check: build sanitize-build
	@python3 test/scripts/run_suite.py $(BUILD) $(SANITIZE_BUILD)

# The normal build's suite alone.
check-release: build
	@python3 test/scripts/run_suite.py $(BUILD)

# The fix fuzzer (docs/testing.md): `make fuzz-fixes N=500 START=1000 FUZZ_JOBS=2`.
N ?= 100
START ?= 1
FUZZ_JOBS ?= 2
fuzz-fixes: build
	python3 test/fuzz-fixes/fuzz_fixes.py --serialscope $(BUILD)/serialscope --clangxx clang++-19 \
	  --start $(START) --count $(N) -j $(FUZZ_JOBS) $(FUZZ_FLAGS)

# The project's code built with ASan + UBSan (and the fuzzers), in its own build directory;
# the whole suite runs against it, fuzzers included for a short time (docs/testing.md).
SANITIZE_BUILD ?= build-sanitize
FUZZ_TIME ?= 300

$(SANITIZE_BUILD)/build.ninja: | deps
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_CXX_COMPILER=clang++-19 -DSERIALSCOPE_SANITIZE=address,undefined -DSERIALSCOPE_FUZZERS=ON

sanitize-build: deps $(SANITIZE_BUILD)/build.ninja
	ninja -C $(SANITIZE_BUILD) -j $(JOBS)

check-sanitize: sanitize-build
	@python3 test/scripts/run_suite.py $(SANITIZE_BUILD)

# Long fuzzing runs: FUZZ_TIME seconds per target (FUZZ_TARGETS to choose some).
fuzz: sanitize-build
	@./fuzz/run.sh $(SANITIZE_BUILD) $(FUZZ_TIME) $(FUZZ_TARGETS)
