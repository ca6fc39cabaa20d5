# Sanitizer and fuzzer builds of serialscope's own code (docs/testing.md). LLVM and Clang come
# from the distribution and are not instrumented; only the project's sources are.
#
#   -DSERIALSCOPE_SANITIZE=address,undefined   instrument every project target
#   -DSERIALSCOPE_FUZZERS=ON                    also build the libFuzzer targets in fuzz/
#
# The standalone tool and the fuzzers link the sanitizer runtime themselves. The clang-tidy
# module and the compiler plugin are loaded into clang-tidy and clang, which are not
# instrumented: they run only with the shared ASan runtime preloaded into that process
# (LD_PRELOAD=${SERIALSCOPE_ASAN_RUNTIME}), which the test suite does (test/lit.cfg.py).
set(SERIALSCOPE_SANITIZE "" CACHE STRING
  "Sanitizers for serialscope's own code, comma-separated (e.g. address,undefined)")
option(SERIALSCOPE_FUZZERS "Build the libFuzzer targets (needs SERIALSCOPE_SANITIZE)" OFF)
set(SERIALSCOPE_ASAN_RUNTIME "")

if(SERIALSCOPE_FUZZERS AND NOT SERIALSCOPE_SANITIZE)
  message(FATAL_ERROR "SERIALSCOPE_FUZZERS needs SERIALSCOPE_SANITIZE (e.g. address,undefined)")
endif()

if(SERIALSCOPE_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SERIALSCOPE_SANITIZE needs clang++ (the runtimes are clang's)")
  endif()
  string(REPLACE "," ";" serialscope_sanitizers "${SERIALSCOPE_SANITIZE}")
  if(NOT "address" IN_LIST serialscope_sanitizers)
    # Preloading the ASan runtime is what lets the modules' instrumentation resolve inside an
    # uninstrumented clang; UBSan alone would need its own standalone runtime preloaded.
    message(FATAL_ERROR "SERIALSCOPE_SANITIZE must include 'address' (see docs/testing.md)")
  endif()
  # -O1 and line tables only: an instrumented -O3 build with full debug info takes several
  # times longer to compile, for little gain when the time goes into uninstrumented clang.
  set(serialscope_flags -O1 -fsanitize=${SERIALSCOPE_SANITIZE} -fno-omit-frame-pointer -gline-tables-only
    # A report must fail the run: UBSan otherwise prints and carries on.
    -fno-sanitize-recover=all)
  if(SERIALSCOPE_FUZZERS)
    # Coverage feedback for libFuzzer from all project code, not only the fuzz targets.
    list(APPEND serialscope_flags -fsanitize=fuzzer-no-link)
  endif()
  add_compile_options(${serialscope_flags})
  add_link_options(-fsanitize=${SERIALSCOPE_SANITIZE})
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
    OUTPUT_VARIABLE SERIALSCOPE_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT EXISTS "${SERIALSCOPE_ASAN_RUNTIME}")
    message(FATAL_ERROR "no shared ASan runtime (${SERIALSCOPE_ASAN_RUNTIME}): "
      "install libclang-rt-${SERIALSCOPE_LLVM_VERSION}-dev")
  endif()
  message(STATUS "serialscope: sanitizers ${SERIALSCOPE_SANITIZE}, modules need "
    "LD_PRELOAD=${SERIALSCOPE_ASAN_RUNTIME}")
endif()
