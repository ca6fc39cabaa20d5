// A namespace-scope class derived from a local class (through decltype) is resolvable: its
// own context is namespace scope. Only the local base may be reported, never DerivedA, even
// though it inherits the base's serialize, is registered and configured like it.
// RUN: %check_serialscope %s %t --option SerializableBases=persist::Record -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/export.hpp>

namespace persist {
struct Record {
  virtual ~Record() = default;
};
} // namespace persist

auto make() {
  struct L : persist::Record {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, const unsigned int) { ar & x; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'L' is declared in function 'make': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: evidence [config-base]: derives from 'persist::Record' (option SerializableBases)
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  return L{};
}

struct DerivedA : decltype(make()) {};
BOOST_CLASS_EXPORT_GUID(DerivedA, "DerivedA")

struct DerivedB : DerivedA {
  void serialize(boost::archive::text_oarchive &ar, const unsigned int v) { DerivedA::serialize(ar, v); }
};
