// A local class may name a structured binding of its function in an unevaluated operand
// (decltype, sizeof): at namespace scope the binding does not exist, so the fix is refused with
// a note naming it, and --fix leaves the file byte-identical.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <cereal/archives/binary.hpp>
#include <map>
#include <utility>

namespace app {

void fromPair(const std::pair<int, double> &Pair) {
  auto [Count, Ratio] = Pair;
  struct UsesDecltype {
    decltype(Ratio) v = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'UsesDecltype' is declared in function 'app::fromPair': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: no fix: 'UsesDecltype' uses the structured binding 'Ratio', declared in function 'app::fromPair'
  struct UsesSizeofInMember {
    char bytes[4] = {};
    void serialize(cereal::BinaryOutputArchive &ar) {
      static_assert(sizeof(Count) == sizeof(int), "the binding's type");
      ar(bytes);
    }
  };
  // CHECK-MESSAGES: :[[@LINE-7]]:10: warning: serializable type 'UsesSizeofInMember' is declared in function 'app::fromPair': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-6]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-6]]:28: note: no fix: 'UsesSizeofInMember' uses the structured binding 'Count', declared in function 'app::fromPair'
  (void)Count;
}

void fromMap(const std::map<int, long> &Map) {
  for (const auto &[Key, Value] : Map) {
    struct Row {
      decltype(Key) key = 0;
      long value[sizeof(Value) / sizeof(long)] = {};
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & key & value; }
    };
    // CHECK-MESSAGES: :[[@LINE-5]]:12: warning: serializable type 'Row' is declared in function 'app::fromMap': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    // CHECK-MESSAGES: :[[@LINE-6]]:16: note: no fix: 'Row' uses the structured binding 'Key', declared in function 'app::fromMap'
  }
}

} // namespace app
