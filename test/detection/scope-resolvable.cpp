// Resolvable scopes: namespace scope (global, named, nested, inline namespaces), classes
// nested in namespace-scope classes, class templates and their members, explicit
// specializations, and extern "C++" blocks. Every kind of evidence is present; nothing may
// be reported.
// RUN: %check_serialscope %s %t --expect-none --option SerializableBases=persist::Record --option SerializationFunctions=glz::write_json --option RegistrationFunctions=registry::add -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/export.hpp>
#include <cereal/archives/binary.hpp>
#include <cereal/types/polymorphic.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace persist {
struct Record {
  virtual ~Record() = default;
};
} // namespace persist
namespace glz {
template <class T> std::string write_json(const T &) { return "{}"; }
} // namespace glz
namespace registry {
template <class T> bool add(const char *name) { return name != nullptr; }
} // namespace registry

struct Global {
  virtual ~Global() = default;
  template <class Archive> void serialize(Archive &, const unsigned int) {}
};
BOOST_CLASS_EXPORT(Global)

namespace app {
inline namespace v2 {
struct Versioned : persist::Record {
  int v = 0;
  template <class Archive> void serialize(Archive &ar) { ar(v); }
};
} // namespace v2

namespace model::detail {
struct Deep {
  int v = 0;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Deep, v)
};
enum class Kind { A, B };
NLOHMANN_JSON_SERIALIZE_ENUM(Kind, {{Kind::A, "a"}, {Kind::B, "b"}})
} // namespace model::detail

struct Outer {
  struct Inner : persist::Record {
    int v = 0;
    template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & v; }
  };
  enum class Mode { On, Off };
};

template <class T> struct Wrapper {
  T value;
  struct Node {
    template <class Archive> void serialize(Archive &, const unsigned int) {}
  };
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & value; }
};
template <> struct Wrapper<char> {
  template <class Archive> void serialize(Archive &, const unsigned int) {}
};

struct [[clang::annotate("serializable")]] Annotated {};
} // namespace app

extern "C++" {
struct Linked {
  template <class Archive> void serialize(Archive &) {}
};
}

namespace zoo {
struct Animal {
  virtual ~Animal() = default;
  template <class Archive> void serialize(Archive &) {}
};
struct Cat : Animal {};
} // namespace zoo
CEREAL_REGISTER_TYPE(zoo::Cat)

std::string useAll(boost::archive::text_oarchive &ar) {
  ar << app::Wrapper<int>{1};
  registry::add<app::Outer::Inner>("inner");
  return glz::write_json(app::Annotated{}) + glz::write_json(app::Outer::Mode::On);
}
