# The quick start: `make example` and `make check` each install what is missing, build, and run.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: deps build other-builds example check check-release sanitize-build check-sanitize fuzz fuzz-fixes clean

# The LLVM/Clang majors serialscope supports: $(BUILD) is built for the first, build-<v> for
# each other one (docs/clang-versions.md).
LLVM_VERSIONS ?= 19 22
LLVM_MAIN := $(firstword $(LLVM_VERSIONS))
OTHER_BUILDS := $(addprefix build-,$(wordlist 2,$(words $(LLVM_VERSIONS)),$(LLVM_VERSIONS)))

deps:
	@./cmake/install-deps.sh $(LLVM_VERSIONS)

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-$(LLVM_MAIN) \
	  -DSERIALSCOPE_LLVM_VERSION=$(LLVM_MAIN)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD) -j $(JOBS)

build-%/build.ninja: | deps
	cmake -S . -B build-$* -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-$* \
	  -DSERIALSCOPE_LLVM_VERSION=$*

# Every other supported Clang: the same sources, one build tree each.
other-builds: deps $(addsuffix /build.ninja,$(OTHER_BUILDS))
	for b in $(OTHER_BUILDS); do ninja -C $$b -j $(JOBS) || exit 1; done

example: build
	./examples/run.sh $(BUILD)

# The whole suite against the normal build, against each other Clang's build, then against the
# sanitizer build (ASan + UBSan, short fuzzer runs; below). CI runs this; docs/testing.md gives
# what each costs.
check: build other-builds sanitize-build
	@python3 test/scripts/run_suite.py $(BUILD) $(OTHER_BUILDS) $(SANITIZE_BUILD)

# The release builds' suites (every supported Clang), without the sanitizer build.
check-release: build other-builds
	@python3 test/scripts/run_suite.py $(BUILD) $(OTHER_BUILDS)

# The fix fuzzer (docs/testing.md): `make fuzz-fixes N=500 START=1000 FUZZ_JOBS=2`.
N ?= 100
START ?= 1
FUZZ_JOBS ?= 2
fuzz-fixes: build
	python3 test/fuzz-fixes/fuzz_fixes.py --serialscope $(BUILD)/serialscope --clangxx clang++-$(LLVM_MAIN) \
	  --start $(START) --count $(N) -j $(FUZZ_JOBS) $(FUZZ_FLAGS)

# The project's code built with ASan + UBSan (and the fuzzers), in its own build directory;
# the whole suite runs against it, fuzzers included for a short time (docs/testing.md).
SANITIZE_BUILD ?= build-sanitize
FUZZ_TIME ?= 300

$(SANITIZE_BUILD)/build.ninja: | deps
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_CXX_COMPILER=clang++-$(LLVM_MAIN) -DSERIALSCOPE_LLVM_VERSION=$(LLVM_MAIN) -DSERIALSCOPE_SANITIZE=address,undefined -DSERIALSCOPE_FUZZERS=ON

sanitize-build: deps $(SANITIZE_BUILD)/build.ninja
	ninja -C $(SANITIZE_BUILD) -j $(JOBS)

check-sanitize: sanitize-build
	@python3 test/scripts/run_suite.py $(SANITIZE_BUILD)

# Long fuzzing runs: FUZZ_TIME seconds per target (FUZZ_TARGETS to choose some).
fuzz: sanitize-build
	@./fuzz/run.sh $(SANITIZE_BUILD) $(FUZZ_TIME) $(FUZZ_TARGETS)
