// config-register: with option RegistrationFunctions, the first template argument of a call
// to a listed function is registered by name (in-house factories keyed by a string).
// RUN: %check_serialscope %s %t --option RegistrationFunctions=factory::registerType -- -std=c++17
// RUN: %check_serialscope %s %t-off --expect-none -- -std=c++17

#include <map>
#include <string>

namespace factory {
template <class T, class Tag = void> bool registerType(const std::string &name) {
  static std::map<std::string, int> registry;
  return registry.emplace(name, int(sizeof(T))).second;
}
template <class T> bool describe(const std::string &) { return true; }
} // namespace factory

bool setup() {
  struct Plugin {
    int id = 0;
  };
  // CHECK-MESSAGES: :[[@LINE-3]]:10: warning: type 'Plugin' is registered by name but is declared in function 'setup': resolving it by name will fail at run time [serialscope-non-resolvable-type]
  struct PluginTag {};
  return factory::registerType<Plugin, PluginTag>("Plugin") &&
         // CHECK-MESSAGES: :[[@LINE-1]]:10: note: evidence [config-register]: registered by name with 'factory::registerType' (option RegistrationFunctions)
         // Not listed: describe<> registers nothing.
         factory::describe<PluginTag>("tag");
}

namespace {
struct Codec {};
// CHECK-MESSAGES: :[[@LINE-1]]:8: warning: type 'Codec' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
const bool CodecRegistered = factory::registerType<Codec>("Codec");
// CHECK-MESSAGES: :[[@LINE-1]]:30: note: evidence [config-register]: registered by name with 'factory::registerType' (option RegistrationFunctions)
} // namespace

// Registering a namespace-scope type is what the factory asks for.
struct Exporter {};
const bool ExporterRegistered = factory::registerType<Exporter>("Exporter");
