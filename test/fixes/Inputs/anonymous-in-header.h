// A header whose anonymous namespace holds a serializable type that uses a TU-local helper:
// moved out, every TU including it would define one class that calls a different function.
#include <boost/archive/text_oarchive.hpp>

namespace lib {
namespace {
int scale() { return 2; }
struct Scaled {
  int v = 1;
  void serialize(boost::archive::text_oarchive &ar, unsigned) {
    int s = v * scale();
    ar & s;
  }
};
} // namespace
} // namespace lib
