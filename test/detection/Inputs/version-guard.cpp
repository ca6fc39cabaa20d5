// A finding in the right Clang; nothing at all in another (test/*/version-guard.test).
#include <nlohmann/json.hpp>

namespace {
struct Point {
  int x = 0;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Point, x)
};
} // namespace

nlohmann::json save() { return Point{}; }
