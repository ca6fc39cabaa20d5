#pragma once
#include <cstddef>

// Serializable by the project's own convention: the annotation given as an option.
#define PERSISTENT [[clang::annotate("persistent")]]

inline std::size_t shelfCount() {
  struct PERSISTENT Shelf { std::size_t slots; };
  return Shelf{4}.slots;
}
