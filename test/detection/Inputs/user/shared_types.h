// A user header that (wrongly) puts a serializable type in an anonymous namespace: every TU
// that includes it gets its own Cache.
#ifndef SHARED_TYPES_H
#define SHARED_TYPES_H
#include <boost/archive/text_oarchive.hpp>

namespace shared {
namespace {
struct Cache {
  int entries = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & entries; }
};
} // namespace
inline int entriesOf(const Cache &c) { return c.entries; }
} // namespace shared
#endif
