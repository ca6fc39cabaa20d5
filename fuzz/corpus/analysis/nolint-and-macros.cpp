#include <boost/archive/text_oarchive.hpp>
#define DECLARE_LOCAL(Name) struct Name { int x; void serialize(boost::archive::text_oarchive &ar, const unsigned) { ar & x; } }
void f() {
  DECLARE_LOCAL(FromMacro);
  struct Suppressed { int y; void serialize(boost::archive::text_oarchive &ar, const unsigned) { ar & y; } }; // NOLINT(serialscope-non-resolvable-type)
  FromMacro m{}; Suppressed s{}; (void)m; (void)s;
}
