// Scope unnamed: a class or enum without a name (and no typedef name for linkage) cannot be
// named anywhere, nor can a class nested in one. The message calls it by the variable or
// member it declares.
// RUN: %check_serialscope %s %t --option SerializationFunctions=glz::write_json --option RegistrationFunctions=registry::add -- -std=c++17
// With ReportUnnamed=false only the unnamed type inside a function is left (its scope is the
// function).
// RUN: %check_serialscope %s %t-off --check-suffix=OFF --option ReportUnnamed=false --option SerializationFunctions=glz::write_json --option RegistrationFunctions=registry::add -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace glz {
template <class T> std::string write_json(const T &) { return "{}"; }
} // namespace glz
namespace registry {
template <class T> bool add(const char *name) { return name != nullptr; }
} // namespace registry

struct {
  int threads = 4;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & threads; }
} config;
// CHECK-MESSAGES: :[[@LINE-4]]:1: warning: serializable type of variable 'config' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive

// Serialized by a configured reflection library.
struct {
  std::string host;
  int port = 0;
} endpoint;
// CHECK-MESSAGES: :[[@LINE-4]]:1: warning: serializable type of variable 'endpoint' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
std::string dumpEndpoint() { return glz::write_json(endpoint); }
// CHECK-MESSAGES: :[[@LINE-1]]:37: note: evidence [config-call]: passed to 'glz::write_json' (option SerializationFunctions)

// Registered by name.
struct {
  int id = 0;
} plugin;
// CHECK-MESSAGES: :[[@LINE-3]]:1: warning: type of variable 'plugin' is registered by name but is an unnamed struct: resolving it by name will fail at run time [serialscope-non-resolvable-type]
const bool pluginAdded = registry::add<decltype(plugin)>("plugin");
// CHECK-MESSAGES: :[[@LINE-1]]:26: note: evidence [config-register]: registered by name with 'registry::add' (option RegistrationFunctions)

// An unnamed member type of a namespace-scope class.
struct Server {
  struct {
    int max = 0;
    template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & max; }
  } limits;
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: serializable type of member 'limits' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
};

// A named class nested in an unnamed one.
struct {
  struct Inner {
    int v = 0;
    template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & v; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Inner' is declared in an unnamed struct (the type of variable 'holder'): no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: evidence [archive-member]: member function 'serialize' takes an archive
  Inner inner;
} holder;

// An unnamed enum converted by nlohmann.
enum { Low, High } level;
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: serializable type of variable 'level' is an unnamed enum: no reader outside can name it [serialscope-non-resolvable-type]
NLOHMANN_JSON_SERIALIZE_ENUM(decltype(level), {{Low, "low"}, {High, "high"}})
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json

// Unnamed, in a function: the function is the scope that matters.
void save(boost::archive::text_oarchive &ar) {
  struct {
    int v = 0;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & v; }
  } state;
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: serializable type of variable 'state' is an unnamed struct declared in function 'save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES-OFF: :[[@LINE-6]]:3: warning: serializable type of variable 'state' is an unnamed struct declared in function 'save': no reader outside can name it [serialscope-non-resolvable-type]
  ar << state;
}

// Negatives: a typedef name for linkage names the type; unnamed types without evidence.
typedef struct {
  int v;
} Named;
template <class Archive> void serialize(Archive &ar, Named &n, const unsigned int) { ar & n.v; }
struct {
  int a = 0;
} plain;
union Value {
  struct {
    short lo, hi;
  };
  int whole;
};
