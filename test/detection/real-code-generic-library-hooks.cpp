// A library's generic hooks are not evidence for the types they are instantiated with.
// Found on nlohmann/json's own unit tests (docs/real-code.md), which include the library with
// -I: its to_json/from_json for every enum and its to_json for every range made local enums,
// an unnamed local enum and an anonymous-namespace range class findings. cereal's
// save_minimal/load_minimal for every enum did the same. Those write a number or an array: no
// reader needs the type's name. Hooks written for the type still count.
// The library as user headers (vendored, or included with -I), as in those projects:
// RUN: %check_serialscope %s %t -- -std=c++17 --no-system-header-prefix=nlohmann/ --no-system-header-prefix=cereal/
// The library as system headers gives the same findings:
// RUN: %check_serialscope %s %t-system -- -std=c++17

#include <cereal/archives/binary.hpp>
#include <nlohmann/json.hpp>
#include <initializer_list>
#include <sstream>
#include <vector>

namespace {
// From tests/src/unit-udt.cpp: converted by the library's to_json for compatible arrays.
class no_iterator_type {
public:
  no_iterator_type(std::initializer_list<int> l) : v(l) {}
  std::vector<int>::const_iterator begin() const { return v.begin(); }
  std::vector<int>::const_iterator end() const { return v.end(); }

private:
  std::vector<int> v;
};

// From tests/src/unit-noexcept.cpp: converted as its underlying integer.
enum test {};

// The same kind of enum, written by name with NLOHMANN_JSON_SERIALIZE_ENUM: a finding.
enum class for_1647 { one, two };
// CHECK-MESSAGES: :[[@LINE-1]]:12: warning: serializable type 'for_1647' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
NLOHMANN_JSON_SERIALIZE_ENUM(for_1647, {{for_1647::one, "one"}, {for_1647::two, "two"}})
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json

// A hook written for the type: a finding.
struct pod {};
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: serializable type 'pod' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
void to_json(nlohmann::json &j, pod) { j = 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
} // namespace

int convert() {
  // From tests/src/unit-conversions.cpp and unit-regression1.cpp: local enums, one unnamed.
  enum c_enum { value_1, value_2 };
  enum class cpp_enum { value_1, value_2 };
  enum { t = 0, u = 102 };
  nlohmann::json j = nlohmann::json::array();
  j.push_back(value_2);
  j.push_back(cpp_enum::value_1);
  j.push_back(u);
  j.push_back(no_iterator_type{1, 2});
  j.push_back(test{});
  j.push_back(for_1647::two);
  j.push_back(pod{});
  return static_cast<int>(j[0].get<c_enum>()) + static_cast<int>(j[1].get<cpp_enum>());
}

std::string record() {
  // cereal writes an enum through its generic save_minimal: Level is no finding; Sample,
  // whose serialize is written for it, is.
  enum class Level { Low, High };
  struct Sample {
    Level level = Level::High;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(level); }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Sample' is declared in function 'record': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  std::ostringstream out;
  {
    cereal::BinaryOutputArchive ar(out);
    Level alone = Level::Low;
    ar(alone, Sample{});
  }
  return out.str();
}
