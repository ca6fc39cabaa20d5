// archive-member, Boost.Serialization: a member serialize, or split save/load, whose first
// parameter is an archive. Local classes cannot have member templates, so theirs name a
// concrete archive; anonymous-namespace classes use the usual member template.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <ostream>

namespace app {

void writeSettings(boost::archive::text_oarchive &out) {
  struct Settings {
    int level = 3;
    void serialize(boost::archive::text_oarchive &ar, const unsigned int) { ar & level; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Settings' is declared in function 'app::writeSettings': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  Settings s;
  out << s;
}

// Split members with concrete archives: save for the writer, load for the reader.
int roundTrip() {
  struct Sample {
    int value = 0;
    void save(boost::archive::text_oarchive &ar, const unsigned int) const { ar << value; }
    void load(boost::archive::text_iarchive &ar, const unsigned int) { ar >> value; }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Sample' is declared in function 'app::roundTrip': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [archive-member]: member function 'save' takes an archive
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [archive-member]: member function 'load' takes an archive
  return Sample{}.value;
}

// A user archive derived from a library archive is an archive too.
struct CountingArchive : boost::archive::text_oarchive {
  using boost::archive::text_oarchive::text_oarchive;
};

void writeCounted(CountingArchive &out) {
  struct Counted {
    int n = 0;
    void serialize(CountingArchive &ar, const unsigned int) { ar & n; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Counted' is declared in function 'app::writeCounted': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  (void)out;
}

namespace {
// The usual member template, with Boost's version parameter.
class Journal {
  friend class boost::serialization::access;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & entries; }
  int entries = 0;
};
// CHECK-MESSAGES: :[[@LINE-5]]:7: warning: serializable type 'Journal' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-4]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
} // namespace

// Negatives: same names, no archive.
void printReport(std::ostream &os) {
  struct Report {
    void serialize(std::ostream &os, unsigned indent) const { os << indent; }
    void save(const char *path) const { (void)path; }
    void load(int &value) { value = 0; }
  };
  Report{}.serialize(os, 2);
}

} // namespace app

// A namespace-scope class with the same hooks is resolvable.
struct Resolvable {
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & x; }
  int x = 0;
};
