// A finding in the right Clang; nothing at all in another (test/*/version-guard.test).
#include <nlohmann/json.hpp>

nlohmann::json save() {
  struct Point {
    int x = 0;
    NLOHMANN_DEFINE_TYPE_INTRUSIVE(Point, x)
  };
  return Point{};
}
