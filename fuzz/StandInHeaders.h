//===- StandInHeaders.h - just enough framework headers for the analysis --===//
//
// The analysis fuzzer parses in memory, without the real Boost, cereal, nlohmann_json or Qt
// headers (they would cost a second a parse). These stand-ins declare what the evidence
// finder looks for: the namespaces, archive classes, hook shapes, registration templates and
// macros. Fuzz inputs include them as the real ones (`#include <boost/serialization/access.hpp>`).
//===----------------------------------------------------------------------===//
#ifndef SERIALSCOPE_FUZZ_STANDINHEADERS_H
#define SERIALSCOPE_FUZZ_STANDINHEADERS_H

namespace serialscope_fuzz {

struct StandInHeader {
  const char *Path; ///< Below the -isystem directory.
  const char *Text;
};

inline constexpr StandInHeader StandInHeaders[] = {
    {"boost/serialization/access.hpp", R"(#pragma once
namespace boost { namespace serialization {
class access { public: template <class Archive, class T>
  static void serialize(Archive &ar, T &t, unsigned v) { t.serialize(ar, v); } };
template <class T> struct guid_defined { static const bool value = false; };
template <class T> struct nvp { const char *name; T &value; };
template <class T> nvp<T> make_nvp(const char *n, T &t) { return nvp<T>{n, t}; }
}}
namespace boost { namespace archive {
class text_oarchive { public:
  template <class T> text_oarchive &operator<<(const T &) { return *this; }
  template <class T> text_oarchive &operator&(const T &) { return *this; } };
class text_iarchive { public:
  template <class T> text_iarchive &operator>>(T &) { return *this; }
  template <class T> text_iarchive &operator&(T &) { return *this; } };
namespace detail { namespace extra_detail { template <class T> struct init_guid; }}
}}
#define BOOST_SERIALIZATION_NVP(name) boost::serialization::make_nvp(#name, name)
)"},
    {"boost/serialization/export.hpp", R"(#pragma once
#include <boost/serialization/access.hpp>
#define BOOST_CLASS_EXPORT_KEY2(T, K) namespace boost { namespace serialization { \
  template <> struct guid_defined<T> { static const bool value = true; }; }}
#define BOOST_CLASS_EXPORT_IMPLEMENT(T) namespace boost { namespace archive { namespace detail { \
  namespace extra_detail { template <> struct init_guid<T> { static int g; }; }}}}
#define BOOST_CLASS_EXPORT_GUID(T, K) BOOST_CLASS_EXPORT_KEY2(T, K) BOOST_CLASS_EXPORT_IMPLEMENT(T)
#define BOOST_CLASS_EXPORT(T) BOOST_CLASS_EXPORT_GUID(T, #T)
)"},
    {"cereal/cereal.hpp", R"(#pragma once
namespace cereal {
class BinaryOutputArchive { public: template <class... T> void operator()(T &&...) {} };
class BinaryInputArchive { public: template <class... T> void operator()(T &&...) {} };
class JSONOutputArchive { public: template <class... T> void operator()(T &&...) {} };
template <class T> struct NameValuePair { const char *name; T &value; };
template <class T> NameValuePair<T> make_nvp(const char *n, T &t) { return {n, t}; }
namespace detail { template <class T> struct binding_name; }
}
#define CEREAL_NVP(T) ::cereal::make_nvp(#T, T)
#define CEREAL_REGISTER_TYPE(T) namespace cereal { namespace detail { \
  template <> struct binding_name<T> { static constexpr char const *name() { return #T; } }; }}
)"},
    {"nlohmann/json.hpp", R"(#pragma once
namespace nlohmann {
template <typename T = void, typename SFINAE = void> struct adl_serializer;
template <typename = void> class basic_json { public:
  template <typename T> basic_json &operator=(const T &) { return *this; }
  template <typename T> T get() const { return T(); }
  basic_json &operator[](const char *) { return *this; }
  const basic_json &at(const char *) const { return *this; } };
using json = basic_json<>;
template <typename T> struct is_basic_json { static constexpr bool value = false; };
template <typename T> struct is_basic_json<basic_json<T>> { static constexpr bool value = true; };
}
#define NLOHMANN_DEFINE_TYPE_INTRUSIVE(Type, ...)                                             \
  template <typename BasicJsonType,                                                         \
            bool = nlohmann::is_basic_json<BasicJsonType>::value>                           \
  friend void to_json(BasicJsonType &j, const Type &t) {}                                   \
  template <typename BasicJsonType,                                                         \
            bool = nlohmann::is_basic_json<BasicJsonType>::value>                           \
  friend void from_json(const BasicJsonType &j, Type &t) {}
#define NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Type, ...)                                         \
  template <typename BasicJsonType,                                                         \
            bool = nlohmann::is_basic_json<BasicJsonType>::value>                           \
  void to_json(BasicJsonType &j, const Type &t) {}                                          \
  template <typename BasicJsonType,                                                         \
            bool = nlohmann::is_basic_json<BasicJsonType>::value>                           \
  void from_json(const BasicJsonType &j, Type &t) {}
)"},
    {"QtCore/QDataStream", R"(#pragma once
class QDataStream { public:
  template <class T> QDataStream &operator<<(const T &) { return *this; }
  template <class T> QDataStream &operator>>(T &) { return *this; } };
template <class T> struct QMetaTypeId { enum { Defined = 0 }; };
#define Q_DECLARE_METATYPE(T) template <> struct QMetaTypeId<T> { enum { Defined = 1 }; };
)"},
    {"fuzz-std", R"(#pragma once
namespace std {
using size_t = decltype(sizeof(0));
class string { public: string(); string(const char *); const char *c_str() const; };
template <class T> class vector { public: void push_back(const T &); T *begin(); T *end(); };
template <class K, class V> class map { public: V &operator[](const K &); };
template <class T> class unique_ptr { public: T *operator->() const; T &operator*() const; };
template <class T, class... A> unique_ptr<T> make_unique(A &&...);
class ostream { public: template <class T> ostream &operator<<(const T &); };
class istream { public: template <class T> istream &operator>>(T &); };
class ostringstream : public ostream { public: string str() const; };
class istringstream : public istream { public: istringstream(const string &); };
class stringstream : public ostream, public istream { public: string str() const; };
extern ostream cout;
}
)"},
};

/// Headers that stand in as one of the above (`Path` includes `Target`).
struct StandInAlias {
  const char *Path;
  const char *Target;
};

inline constexpr StandInAlias StandInAliases[] = {
    {"boost/archive/text_oarchive.hpp", "boost/serialization/access.hpp"},
    {"boost/archive/text_iarchive.hpp", "boost/serialization/access.hpp"},
    {"boost/serialization/vector.hpp", "boost/serialization/access.hpp"},
    {"boost/serialization/string.hpp", "boost/serialization/access.hpp"},
    {"boost/serialization/base_object.hpp", "boost/serialization/access.hpp"},
    {"boost/serialization/split_free.hpp", "boost/serialization/access.hpp"},
    {"boost/serialization/unique_ptr.hpp", "boost/serialization/access.hpp"},
    {"cereal/archives/binary.hpp", "cereal/cereal.hpp"},
    {"cereal/archives/portable_binary.hpp", "cereal/cereal.hpp"},
    {"cereal/archives/xml.hpp", "cereal/cereal.hpp"},
    {"cereal/archives/json.hpp", "cereal/cereal.hpp"},
    {"cereal/types/polymorphic.hpp", "cereal/cereal.hpp"},
    {"cereal/types/string.hpp", "cereal/cereal.hpp"},
    {"cereal/types/memory.hpp", "cereal/cereal.hpp"},
    {"cereal/types/vector.hpp", "cereal/cereal.hpp"},
    {"QtCore/QMetaType", "QtCore/QDataStream"},
    {"QtCore/QString", "QtCore/QDataStream"},
    {"QtCore/QVariant", "QtCore/QDataStream"},
    {"QtCore/QList", "QtCore/QDataStream"},
    {"QtCore/QByteArray", "QtCore/QDataStream"},
    {"QtCore/QBuffer", "QtCore/QDataStream"},
    {"QtCore/QDebug", "QtCore/QDataStream"},
    {"QtCore/QIODevice", "QtCore/QDataStream"},
    {"string", "fuzz-std"},
    {"vector", "fuzz-std"},
    {"map", "fuzz-std"},
    {"memory", "fuzz-std"},
    {"sstream", "fuzz-std"},
    {"iostream", "fuzz-std"},
    {"ostream", "fuzz-std"},
    {"fstream", "fuzz-std"},
    {"utility", "fuzz-std"},
    {"cstddef", "fuzz-std"},
    {"cstdint", "fuzz-std"},
    {"algorithm", "fuzz-std"},
    {"optional", "fuzz-std"},
    {"variant", "fuzz-std"},
    {"functional", "fuzz-std"},
};

} // namespace serialscope_fuzz

#endif
