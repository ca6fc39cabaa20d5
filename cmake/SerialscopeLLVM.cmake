# Finds Debian's LLVM/Clang of the chosen major version and defines serialscope_enable(<target>),
# which applies the compile flags LLVM itself was built with. A module or plugin loads only into
# the Clang major it was built against, so each supported version is a separate build.
set(SERIALSCOPE_SUPPORTED_LLVM_VERSIONS 19 22)
set(SERIALSCOPE_LLVM_VERSION 19 CACHE STRING
  "Major version of LLVM/Clang to build for (${SERIALSCOPE_SUPPORTED_LLVM_VERSIONS})")
if(NOT SERIALSCOPE_LLVM_VERSION IN_LIST SERIALSCOPE_SUPPORTED_LLVM_VERSIONS)
  message(FATAL_ERROR "serialscope supports LLVM/Clang ${SERIALSCOPE_SUPPORTED_LLVM_VERSIONS}, "
    "not SERIALSCOPE_LLVM_VERSION=${SERIALSCOPE_LLVM_VERSION}")
endif()
set(SERIALSCOPE_LLVM_PREFIX "/usr/lib/llvm-${SERIALSCOPE_LLVM_VERSION}" CACHE PATH
  "Prefix of the LLVM/Clang installation")

# find_package(LLVM 19) rejects "19.1" against "19": find it unversioned, check the major.
find_package(Clang REQUIRED CONFIG
  HINTS "${SERIALSCOPE_LLVM_PREFIX}/lib/cmake/clang"
  NO_DEFAULT_PATH)
if(NOT LLVM_VERSION_MAJOR EQUAL SERIALSCOPE_LLVM_VERSION)
  message(FATAL_ERROR "serialscope: SERIALSCOPE_LLVM_VERSION is ${SERIALSCOPE_LLVM_VERSION} but "
    "${LLVM_DIR} holds LLVM ${LLVM_PACKAGE_VERSION}")
endif()
message(STATUS "serialscope: LLVM ${LLVM_PACKAGE_VERSION} in ${LLVM_INSTALL_PREFIX}")

find_program(SERIALSCOPE_CLANG clang-${SERIALSCOPE_LLVM_VERSION}
  HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
find_program(SERIALSCOPE_CLANGXX clang++
  HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
find_program(SERIALSCOPE_CLANG_TIDY clang-tidy
  HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
find_program(SERIALSCOPE_CLANG_APPLY_REPLACEMENTS clang-apply-replacements
  HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)

# The resource dir holds clang's builtin headers (stddef.h, ...). The tool has this absolute path
# compiled in, so an installed tool finds it wherever it is installed (docs/install.md); a
# compile command's own -resource-dir wins.
execute_process(COMMAND "${SERIALSCOPE_CLANG}" -print-resource-dir
  OUTPUT_VARIABLE SERIALSCOPE_CLANG_RESOURCE_DIR OUTPUT_STRIP_TRAILING_WHITESPACE)

separate_arguments(SERIALSCOPE_LLVM_DEFINITIONS UNIX_COMMAND "${LLVM_DEFINITIONS}")

function(serialscope_enable target)
  target_include_directories(${target} SYSTEM PRIVATE ${LLVM_INCLUDE_DIRS} ${CLANG_INCLUDE_DIRS})
  target_compile_options(${target} PRIVATE ${SERIALSCOPE_LLVM_DEFINITIONS} -Wall -Wextra
    -fvisibility=hidden -fvisibility-inlines-hidden)
  if(NOT LLVM_ENABLE_RTTI)
    target_compile_options(${target} PRIVATE -fno-rtti)
  endif()
  if(NOT LLVM_ENABLE_EH)
    # nlohmann_json reports errors through return values then (JSON_NOEXCEPTION).
    target_compile_options(${target} PRIVATE -fno-exceptions)
    target_compile_definitions(${target} PRIVATE JSON_NOEXCEPTION)
  endif()
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
