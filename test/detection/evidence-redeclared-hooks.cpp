// A hook declared more than once (a member template defined outside the class, a friend
// declared in the class and defined after it, a free function declared before its
// definition) is one evidence, noted at its first declaration, however many instantiations.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <nlohmann/json.hpp>

namespace {
struct Stats {
  template <class Archive> void serialize(Archive &ar, const unsigned int);
  int hits = 0;
};
template <class Archive> void Stats::serialize(Archive &ar, const unsigned int) { ar & hits; }
// CHECK-MESSAGES: :[[@LINE-5]]:8: warning: serializable type 'Stats' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-5]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES-NOT: note: evidence

struct Tag {
  int id = 0;
  friend void to_json(nlohmann::json &j, const Tag &t);
};
void to_json(nlohmann::json &j, const Tag &t) { j = t.id; }
// CHECK-MESSAGES: :[[@LINE-5]]:8: warning: serializable type 'Tag' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-4]]:15: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES-NOT: note: evidence

struct Span {
  int from = 0, to = 0;
};
template <class Archive> void serialize(Archive &ar, Span &s, const unsigned int);
template <class Archive> void serialize(Archive &ar, Span &s, const unsigned int) {
  ar & s.from & s.to;
}
// CHECK-MESSAGES: :[[@LINE-7]]:8: warning: serializable type 'Span' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-5]]:31: note: evidence [archive-free]: function 'serialize' takes an archive and 'Span'
// CHECK-MESSAGES-NOT: note: evidence
} // namespace

void use(boost::archive::text_oarchive &ar) {
  ar << Stats{} << Span{};
  nlohmann::json j = Tag{};
}
