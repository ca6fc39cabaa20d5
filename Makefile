# The quick start: `make example` and `make check` each install what is missing, build, and run.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: deps build example check clean fuzz-fixes

deps:
	@./cmake/install-deps.sh

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-19

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

example: build
	./examples/run.sh $(BUILD)

check: build
	@python3 test/scripts/run_suite.py $(BUILD)

# The fix fuzzer (docs/testing.md): `make fuzz-fixes N=500 START=1000 FUZZ_JOBS=2`.
N ?= 100
START ?= 1
FUZZ_JOBS ?= 2
fuzz-fixes: build
	python3 test/fuzz-fixes/fuzz_fixes.py --serialscope $(BUILD)/serialscope --clangxx clang++-19 \
	  --start $(START) --count $(N) -j $(FUZZ_JOBS) $(FUZZ_FLAGS)
