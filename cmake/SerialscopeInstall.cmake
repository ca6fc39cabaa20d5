# What `cmake --install` and `cpack -G DEB` put where (docs/install.md). Everything built for one
# Clang major has that major in its file or directory name, so that builds for two Clang versions
# install side by side into one prefix, and their Debian packages install together.
option(SERIALSCOPE_INSTALL_UNVERSIONED_TOOL
  "Also install bin/serialscope, a link to bin/serialscope-${SERIALSCOPE_LLVM_VERSION}" ON)
set(SERIALSCOPE_PACKAGE_MAINTAINER "serialscope maintainers <maintainers@serialscope.invalid>"
  CACHE STRING "Maintainer field of the Debian package")

set(SERIALSCOPE_MODULE_DIR lib/serialscope/clang-${SERIALSCOPE_LLVM_VERSION})
set(SERIALSCOPE_CMAKE_DIR lib/cmake/serialscope-${SERIALSCOPE_LLVM_VERSION})
set(SERIALSCOPE_PACKAGE serialscope-clang${SERIALSCOPE_LLVM_VERSION})
set(packaging ${PROJECT_SOURCE_DIR}/packaging)
set(staged ${PROJECT_BINARY_DIR}/packaging)

# Components: `cmake --install` installs all but deb-doc; the package takes all but unversioned
# (two packages cannot both own bin/serialscope) and takes its docs from deb-doc, under the
# package's own name as Debian wants.
install(TARGETS serialscope RUNTIME DESTINATION bin COMPONENT tool)
install(TARGETS serialscope-tidy serialscope-plugin
  LIBRARY DESTINATION ${SERIALSCOPE_MODULE_DIR} COMPONENT modules)

file(MAKE_DIRECTORY ${staged})
if(SERIALSCOPE_INSTALL_UNVERSIONED_TOOL)
  file(CREATE_LINK serialscope-${SERIALSCOPE_LLVM_VERSION} ${staged}/serialscope SYMBOLIC)
  install(FILES ${staged}/serialscope DESTINATION bin COMPONENT unversioned)
endif()

# The CMake package: find_package(serialscope) and serialscope_check() (docs/install.md).
file(RELATIVE_PATH SERIALSCOPE_CONFIG_TO_PREFIX
  /prefix/${SERIALSCOPE_CMAKE_DIR} /prefix)
configure_file(${packaging}/serialscopeConfig.cmake.in ${staged}/serialscopeConfig.cmake @ONLY)
configure_file(${packaging}/serialscopeConfigVersion.cmake.in
  ${staged}/serialscopeConfigVersion.cmake @ONLY)
install(FILES ${staged}/serialscopeConfig.cmake ${staged}/serialscopeConfigVersion.cmake
  DESTINATION ${SERIALSCOPE_CMAKE_DIR} COMPONENT cmake)

# Docs: the check pages, the options, the README, the copyright notice.
foreach(component_dir IN ITEMS "doc;share/doc/serialscope"
                               "deb-doc;share/doc/${SERIALSCOPE_PACKAGE}")
  list(GET component_dir 0 component)
  list(GET component_dir 1 dir)
  set(exclude)
  if(component STREQUAL "deb-doc")
    set(exclude EXCLUDE_FROM_ALL)
  endif()
  install(FILES README.md docs/options.md ${packaging}/copyright
    DESTINATION ${dir} COMPONENT ${component} ${exclude})
  install(DIRECTORY docs/checks/ DESTINATION ${dir}/checks COMPONENT ${component} ${exclude}
    FILES_MATCHING PATTERN "*.md")
endforeach()

include(SerialscopePackage)
