# `cpack -G DEB`: one Debian package per Clang major, serialscope-clang<major>, which installs
# beside the package for another major (docs/install.md). Included by SerialscopeInstall.cmake.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${SERIALSCOPE_PACKAGE})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${SERIALSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "finds serialized C++ types that cannot be found by name (Clang ${SERIALSCOPE_LLVM_VERSION})")
set(CPACK_PACKAGE_DESCRIPTION "\
serialscope finds C++ types that are serialized (Boost.Serialization, cereal,
nlohmann_json, Qt, msgpack-c or a configured framework) but are declared inside
a function, in an anonymous namespace or without a name, so that no reader in
another translation unit, binary or run can name them, and moves them to
namespace scope.

This package holds the standalone tool serialscope-${SERIALSCOPE_LLVM_VERSION}, the clang-tidy module
and the compiler plugin for Clang ${SERIALSCOPE_LLVM_VERSION}, and a CMake package for the plugin.")

# One package of the listed components (the unversioned link is left out).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL tool modules cmake deb-doc)

set(CPACK_DEBIAN_PACKAGE_NAME ${SERIALSCOPE_PACKAGE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the tool links (libllvm, libclang-cpp, libstdc++, ...), as dpkg-shlibdeps finds
# them; the tool also needs Clang's builtin headers (stddef.h, ...), which are in
# libclang-common. The module and the plugin run inside clang-tidy and clang: without them the
# tool still works, so they are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libclang-common-${SERIALSCOPE_LLVM_VERSION}-dev")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-${SERIALSCOPE_LLVM_VERSION}, clang-tidy-${SERIALSCOPE_LLVM_VERSION}")

# Debian wants a changelog.Debian.gz beside the copyright file, compressed with gzip -9n (no
# name, no time stamp). The date follows SOURCE_DATE_EPOCH when it is set.
string(TIMESTAMP SERIALSCOPE_PACKAGE_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${packaging}/changelog.Debian.in ${staged}/changelog.Debian @ONLY)
find_program(SERIALSCOPE_GZIP gzip REQUIRED)
execute_process(COMMAND ${SERIALSCOPE_GZIP} -9nc ${staged}/changelog.Debian
  OUTPUT_FILE ${staged}/changelog.Debian.gz COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${staged}/changelog.Debian.gz DESTINATION share/doc/${SERIALSCOPE_PACKAGE}
  COMPONENT deb-doc EXCLUDE_FROM_ALL)

include(CPack)
