// The lookup cache, snapshotted with cereal.
#include "shop/model.h"

#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/string.hpp>

#include <sstream>

namespace shop {

namespace {

/// Hit and miss counts of the cache.
struct Stats {
  int hits = 0;
  int misses = 0;

  template <class Archive> void serialize(Archive &ar) { ar(hits, misses); }
};

} // namespace

std::string snapshotCache() {
  // Bumped on every snapshot, and written into each one.
  static int generation = 0;
  ++generation;

  // One cached entry. It writes the function's static local 'generation', which cannot
  // move with it: serialscope reports it but offers no fix, and says why.
  struct Entry {
    std::string key;
    int hits = 0;

    void serialize(cereal::PortableBinaryOutputArchive &ar) { ar(key, hits, generation); }
  };
  // Restores a flag when the snapshot ends; a local RAII guard, never serialized.
  struct Restore {
    bool &flag;
    ~Restore() { flag = false; }
  };

  static bool busy = false;
  busy = true;
  Restore restore{busy};

  std::ostringstream os;
  {
    cereal::PortableBinaryOutputArchive ar(os);
    ar(Stats{7, 2}, Entry{"pen", 3});
  }
  std::string hex;
  for (unsigned char byte : os.str())
    hex += "0123456789abcdef"[byte >> 4], hex += "0123456789abcdef"[byte & 15];
  return hex;
}

} // namespace shop
