// CheckOptions given with -config reach the check: each option changes what is reported.
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' %s -- -std=c++17 2>&1 | grep -v "^ " \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not='warning:'
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config='{CheckOptions: {serialscope-non-resolvable-type.ReportAnonymousNamespaces: false}}' \
// RUN:   %s -- -std=c++17 2>&1 | grep -v "^ " | FileCheck %s --check-prefix=NO-ANON --implicit-check-not='warning:'
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config="{CheckOptions: {serialscope-non-resolvable-type.SerializableBases: '::app::Persistent', serialscope-non-resolvable-type.Annotation: 'app::saved'}}" \
// RUN:   %s -- -std=c++17 2>&1 | grep -v "^ " | FileCheck %s --check-prefix=CONFIGURED --implicit-check-not='warning:'
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config='{CheckOptions: {serialscope-non-resolvable-type.Frameworks: cereal}}' \
// RUN:   %s -- -std=c++17 2>&1 | grep -v "^ " | FileCheck %s --check-prefix=CEREAL-ONLY --implicit-check-not='warning:'
// storeOptions reports every key with its effective value.
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config='{CheckOptions: {serialscope-non-resolvable-type.Frameworks: "Boost;nlohmann", serialscope-non-resolvable-type.ReportUnnamed: "off"}}' \
// RUN:   --dump-config %s -- -std=c++17 | FileCheck %s --check-prefix=DUMP

#include <boost/archive/text_oarchive.hpp>
#include <cereal/archives/binary.hpp>

namespace app {

struct Persistent {
  virtual ~Persistent() = default;
};

void save(boost::archive::text_oarchive &ar) {
  struct Counter {
    int n = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & n; }
  };
  // DEFAULT: check-options.cpp:[[@LINE-4]]:10: warning: serializable type 'Counter' is declared in function 'app::save'
  // NO-ANON: check-options.cpp:[[@LINE-5]]:10: warning: serializable type 'Counter' is declared in function 'app::save'
  // CONFIGURED: check-options.cpp:[[@LINE-6]]:10: warning: serializable type 'Counter' is declared in function 'app::save'
  // Its archive is Boost's: with Frameworks=cereal it is not reported (implicit-check-not).

  // Serializable only when SerializableBases names app::Persistent.
  struct Session : Persistent {
    int id = 0;
  };
  // CONFIGURED: check-options.cpp:[[@LINE-3]]:10: warning: serializable type 'Session' is declared in function 'app::save'
  // CONFIGURED: note: evidence [config-base]

  // Serializable only when Annotation is 'app::saved'.
  struct [[clang::annotate("app::saved")]] Marked {
    int id = 0;
  };
  // CONFIGURED: check-options.cpp:[[@LINE-3]]:44: warning: serializable type 'Marked' is declared in function 'app::save'
  // CONFIGURED: note: evidence [config-annotation]

  Counter c;
  Session s;
  Marked m;
  ar << c;
  (void)s;
  (void)m;
}

namespace {
struct Settings {
  int level = 0;
  template <class Archive> void serialize(Archive &ar, unsigned) { ar & level; }
};
// DEFAULT: check-options.cpp:[[@LINE-4]]:8: warning: serializable type 'Settings' is declared in an anonymous namespace
// CONFIGURED: check-options.cpp:[[@LINE-5]]:8: warning: serializable type 'Settings' is declared in an anonymous namespace
// CEREAL-ONLY: check-options.cpp:[[@LINE-6]]:8: warning: serializable type 'Settings' is declared in an anonymous namespace

struct Theme {
  int color = 0;
  void serialize(cereal::BinaryOutputArchive &ar) { ar(color); }
};
// DEFAULT: check-options.cpp:[[@LINE-4]]:8: warning: serializable type 'Theme' is declared in an anonymous namespace
// CONFIGURED: check-options.cpp:[[@LINE-5]]:8: warning: serializable type 'Theme' is declared in an anonymous namespace
// CEREAL-ONLY: check-options.cpp:[[@LINE-6]]:8: warning: serializable type 'Theme' is declared in an anonymous namespace
} // namespace

void saveSettings(boost::archive::text_oarchive &ar) {
  Settings s;
  ar << s;
}

} // namespace app

// DUMP: serialscope-non-resolvable-type.Annotation: serializable
// DUMP: serialscope-non-resolvable-type.Frameworks: 'boost;nlohmann'
// DUMP: serialscope-non-resolvable-type.RegistrationFunctions: ''
// DUMP: serialscope-non-resolvable-type.ReportAnonymousNamespaces: 'true'
// DUMP: serialscope-non-resolvable-type.ReportUnnamed: 'false'
// DUMP: serialscope-non-resolvable-type.SerializableBases: ''
// DUMP: serialscope-non-resolvable-type.SerializationFunctions: ''
