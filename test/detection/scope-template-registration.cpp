// A namespace-scope class template registered by name with a template argument that cannot
// be resolved: the template is fine, the registered specialization is not, so the finding is
// reported at the registration and names the argument and its scope.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/export.hpp>
#include <cereal/archives/binary.hpp>
#include <cereal/types/polymorphic.hpp>

struct Shape {
  virtual ~Shape() = default;
  template <class Archive> void serialize(Archive &, const unsigned int) {}
  template <class Archive> void serialize(Archive &) {}
};

template <class T> struct Box : Shape {
  T item;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & item; }
  template <class Archive> void serialize(Archive &ar) { ar(item); }
};

namespace {
struct Anon {
  int v = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & v; }
  template <class Archive> void serialize(Archive &ar) { ar(v); }
};
// CHECK-MESSAGES: :[[@LINE-5]]:8: warning: serializable type 'Anon' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
} // namespace

BOOST_CLASS_EXPORT_GUID(Box<Anon>, "box-anon")
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: type 'Box<(anonymous namespace)::Anon>' is registered by name but has template argument 'Anon' declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT_GUID
// CHECK-MESSAGES: :25:8: note: no fix: the registered type is a template specialization; declare this template argument at namespace scope

CEREAL_REGISTER_TYPE(Box<Box<Anon>>)
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: type 'Box<Box<(anonymous namespace)::Anon>>' is registered by name but has template argument 'Anon' declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:1: note: evidence [cereal-register]: registered by name with CEREAL_REGISTER_TYPE

// A local type reaches namespace scope through decltype.
auto makeLocal() {
  struct Local {
    int v = 0;
  };
  return Local{};
}
// CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Local' is declared in function 'makeLocal': no reader outside can name it [serialscope-non-resolvable-type]
template <class Archive>
void serialize(Archive &ar, decltype(makeLocal()) &l, const unsigned int) { ar & l.v; }
using LocalType = decltype(makeLocal());
BOOST_CLASS_EXPORT_GUID(Box<LocalType>, "box-local")
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: type 'Box<Local>' is registered by name but has template argument 'Local' declared in function 'makeLocal': resolving it by name will fail at run time [serialscope-non-resolvable-type]

// A template in an anonymous namespace: the finding is the template itself, registered.
namespace {
template <class T> struct Holder : Shape {
  T held{};
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & held; }
};
// CHECK-MESSAGES: :[[@LINE-4]]:27: warning: type 'Holder' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
} // namespace
BOOST_CLASS_EXPORT_GUID(Holder<int>, "holder-int")
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [boost-export]: registered by name with BOOST_CLASS_EXPORT_GUID

// Negatives: specializations over resolvable arguments.
namespace app {
struct Good {
  int v = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & v; }
  template <class Archive> void serialize(Archive &ar) { ar(v); }
};
} // namespace app
BOOST_CLASS_EXPORT_GUID(Box<int>, "box-int")
BOOST_CLASS_EXPORT_GUID(Box<app::Good>, "box-good")
CEREAL_REGISTER_TYPE(Box<app::Good *>)
