// A bad CheckOption value, or a key the check does not know, is an error that names the
// option; clang-tidy then exits non-zero and the check reports nothing with half its settings.
// RUN: not %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config='{CheckOptions: {serialscope-non-resolvable-type.ReportAnonymousNamespaces: maybe}}' \
// RUN:   %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=BOOL --implicit-check-not='warning:'
// RUN: not %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config='{CheckOptions: {serialscope-non-resolvable-type.Frameworks: "boost;java"}}' \
// RUN:   %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=FRAMEWORK --implicit-check-not='warning:'
// RUN: not %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config="{CheckOptions: {serialscope-non-resolvable-type.SerializableBases: 'app::Base<int>'}}" \
// RUN:   %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=NAMES --implicit-check-not='warning:'
// RUN: not %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config='{CheckOptions: {serialscope-non-resolvable-type.SerializableBase: "app::Base"}}' \
// RUN:   %s -- -std=c++17 2>&1 | FileCheck %s --check-prefix=UNKNOWN --implicit-check-not='warning:'
// Options of other checks, and of other checks' keys with the same name, are not ours.
// RUN: %clang_tidy --load=%serialscope_tidy_module -checks='-*,serialscope-*' \
// RUN:   -config='{CheckOptions: {misc-use-internal-linkage.FixMode: "None", other.ReportUnnamed: maybe}}' \
// RUN:   %s -- -std=c++17 2>&1 | grep -v "^ " | FileCheck %s --check-prefix=OTHER --implicit-check-not='error:'

#include <boost/archive/text_oarchive.hpp>

namespace app {
void save(boost::archive::text_oarchive &ar) {
  struct Local {
    int x = 0;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & x; }
  };
  // OTHER: bad-option.cpp:[[@LINE-4]]:10: warning: serializable type 'Local' is declared in function 'app::save'
  Local l;
  ar << l;
}
} // namespace app

// BOOL: error: serialscope-non-resolvable-type: invalid value 'maybe' for option 'ReportAnonymousNamespaces': expected true or false [clang-tidy-config]
// FRAMEWORK: error: serialscope-non-resolvable-type: invalid value 'boost;java' for option 'Frameworks': expected a ';'-separated subset of boost;cereal;nlohmann;qt;msgpack [clang-tidy-config]
// NAMES: error: serialscope-non-resolvable-type: invalid value 'app::Base<int>' for option 'SerializableBases': expected a ';'-separated list of qualified names such as 'app::Base' [clang-tidy-config]
// UNKNOWN: error: serialscope-non-resolvable-type: unknown option 'SerializableBase'; known options: SerializableBases, Annotation, RegistrationFunctions, SerializationFunctions, Frameworks, ReportAnonymousNamespaces, ReportUnnamed [clang-tidy-config]
