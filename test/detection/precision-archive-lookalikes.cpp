// Archive-looking names that are not archives: save/load/serialize whose first parameter is
// no archive, in local and anonymous-namespace types, with Boost and cereal in the TU.
// RUN: %check_serialscope %s %t --expect-none -- -std=c++17

#include <boost/archive/text_oarchive.hpp>
#include <cereal/archives/binary.hpp>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

namespace {
// A document model with its own persistence, not an archive's.
class Document {
public:
  void save() const {}
  void load(const std::string &path) { (void)path; }
  void serialize(std::ostream &os) const { os << text; }
  bool save(std::ofstream &file) const { return bool(file << text); }
  void load(std::vector<char> &bytes) { bytes.clear(); }
  std::string text;
};

struct Settings {
  int save_minimal(int factor) const { return factor; }
  void load_minimal(const std::string &, const int &) {}
};

// Written in an archive's own style: it saves values (by const or forwarding reference), it
// is not serialized itself.
struct ValueSink {
  template <class T> void save(const T &value) { count += sizeof(value); }
  template <class T> void load(T &&value) { (void)value; }
  template <class T> void serialize(const T &value, const unsigned int) { save(value); }
  unsigned long count = 0;
};

// A free function named like a hook, on a string buffer.
struct Record {
  int id = 0;
};
void serialize(std::string &out, const Record &r) { out += std::to_string(r.id); }
void save(std::ostream &os, const Record &r) { os << r.id; }
} // namespace

int autosave(std::ostream &log) {
  struct Session {
    std::string user;
    void save() const {}
    void load(const std::string &from) { user = from; }
    void serialize(std::ostream &os, unsigned indent) const { os << indent << user; }
  };
  Session s;
  s.load("alice");
  s.serialize(log, 2);
  // A lambda taking an archive is no type of ours.
  auto write = [](boost::archive::text_oarchive &ar, int v) { ar & v; };
  (void)write;
  return int(s.user.size());
}
