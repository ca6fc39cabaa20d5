// nlohmann_json: an anonymous-namespace type takes its to_json/from_json with it (left behind,
// argument-dependent lookup would no longer find them for the moved type), an enum takes its
// NLOHMANN_JSON_SERIALIZE_ENUM; the helper between them stays in the anonymous namespace.
// The JSON is the same after.
// RUN: %check_serialscope %s %t --fix --run -- -std=c++17

#include <iostream>
#include <nlohmann/json.hpp>

namespace cfg {

namespace {

enum class Mode { Fast, Safe };
NLOHMANN_JSON_SERIALIZE_ENUM(Mode, {{Mode::Fast, "fast"}, {Mode::Safe, "safe"}})
// CHECK-MESSAGES: :[[@LINE-2]]:12: warning: serializable type 'Mode' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:1: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json

int defaultLimit() { return 10; }

// Limits of one user.
struct Limits {
  int max = defaultLimit();
  Mode mode = Mode::Safe;
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Limits' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]

void to_json(nlohmann::json &j, const Limits &l) { j = {{"max", l.max}, {"mode", l.mode}}; }
// CHECK-MESSAGES: :[[@LINE-1]]:6: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
void from_json(const nlohmann::json &j, Limits &l) {
  j.at("max").get_to(l.max);
  j.at("mode").get_to(l.mode);
}
// CHECK-MESSAGES: :[[@LINE-4]]:6: note: evidence [json-adl]: function 'from_json' converts it to and from nlohmann::json

} // namespace

int run() {
  nlohmann::json Out = {{"limits", Limits()}};
  std::cout << Out.dump() << "\n";
  Limits Back = nlohmann::json::parse(R"({"max": 3, "mode": "fast"})").get<Limits>();
  std::cout << nlohmann::json(Back).dump() << "\n";
  return 0;
}

} // namespace cfg

int main() { return cfg::run(); }

// The enum and its macro leave first; the helper stays in a smaller anonymous namespace; the
// struct leaves with its two functions and the namespace closes without an empty line.
// CHECK-FIXES:      namespace cfg {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: enum class Mode { Fast, Safe };
// CHECK-FIXES-NEXT: NLOHMANN_JSON_SERIALIZE_ENUM(Mode, {{[{][{]}}Mode::Fast, "fast"}, {Mode::Safe, "safe"}})
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: namespace {
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int defaultLimit() { return 10; }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: } // namespace
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // Limits of one user.
// CHECK-FIXES-NEXT: struct Limits {
// CHECK-FIXES-NEXT:   int max = defaultLimit();
// CHECK-FIXES-NEXT:   Mode mode = Mode::Safe;
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: void to_json(nlohmann::json &j, const Limits &l) { j = {{[{][{]}}"max", l.max}, {"mode", l.mode}}; }
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-NEXT: void from_json(const nlohmann::json &j, Limits &l) {
// CHECK-FIXES-NEXT:   j.at("max").get_to(l.max);
// CHECK-FIXES-NEXT:   j.at("mode").get_to(l.mode);
// CHECK-FIXES-NEXT: }
// CHECK-FIXES-NEXT: //
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: int run() {
