// -fplugin-arg-serialscope-<Key>=<Value> sets the same options as the check's CheckOptions;
// several may be given, and list options take ';'-separated names.
// RUN: %clangxx -fplugin=%serialscope_plugin -std=c++17 -fsyntax-only -fno-caret-diagnostics %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not='warning:'
// RUN: %clangxx -fplugin=%serialscope_plugin -std=c++17 -fsyntax-only -fno-caret-diagnostics \
// RUN:   '-fplugin-arg-serialscope-SerializableBases=db::Row;::app::Message' \
// RUN:   -fplugin-arg-serialscope-RegistrationFunctions=app::registerMessage \
// RUN:   -fplugin-arg-serialscope-ReportAnonymousNamespaces=false %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=CONFIGURED --implicit-check-not='warning:'
// RUN: %clangxx -fplugin=%serialscope_plugin -std=c++17 -fsyntax-only \
// RUN:   '-fplugin-arg-serialscope-Frameworks=boost;cereal' %s 2>&1 | count 0

#include <nlohmann/json.hpp>
#include <string>

namespace app {

struct Message {
  virtual ~Message() = default;
};
template <class T> void registerMessage(const std::string &name) { (void)name; }

namespace {
struct Ping : Message {
  int seq = 0;
};
// CONFIGURED-NOT: 'Ping'

struct Status {
  std::string text;
};
void to_json(nlohmann::json &j, const Status &s) { j = s.text; }
// DEFAULT: plugin-args.cpp:[[@LINE-4]]:8: warning: serializable type 'Status' is declared in an anonymous namespace
} // namespace

void start() {
  struct Hello : Message {
    int version = 1;
  };
  // CONFIGURED: plugin-args.cpp:[[@LINE-3]]:10: warning: type 'Hello' is registered by name but is declared in function 'app::start'
  // CONFIGURED: note: evidence [config-base]: derives from 'app::Message' (option SerializableBases)
  // CONFIGURED: plugin-args.cpp:[[@LINE+1]]:3: note: evidence [config-register]
  registerMessage<Hello>("Hello");
  nlohmann::json j = Status{"up"};
  (void)j;
  (void)sizeof(Ping);
}

} // namespace app
