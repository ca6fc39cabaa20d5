// archive-member, cereal: member serialize / save / load / save_minimal / load_minimal whose
// first parameter is a cereal archive (binary archives: cereal's JSON archives pull in
// rapidjson, which clang 19 rejects).
// RUN: %check_serialscope %s %t -- -std=c++17

#include <cereal/archives/binary.hpp>
#include <cereal/archives/portable_binary.hpp>
#include <cstdint>
#include <string>

namespace app {

void writeFrame(cereal::BinaryOutputArchive &out) {
  struct Frame {
    int id = 7;
    void serialize(cereal::BinaryOutputArchive &ar) { ar(id); }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Frame' is declared in function 'app::writeFrame': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  Frame f;
  out(f);
}

int copyPacket() {
  struct Packet {
    int bytes = 0;
    void save(cereal::PortableBinaryOutputArchive &ar, const std::uint32_t) const { ar(bytes); }
    void load(cereal::PortableBinaryInputArchive &ar, const std::uint32_t) { ar(bytes); }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Packet' is declared in function 'app::copyPacket': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [archive-member]: member function 'save' takes an archive
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [archive-member]: member function 'load' takes an archive
  return Packet{}.bytes;
}

int minimal() {
  struct Level {
    int value = 1;
    int save_minimal(const cereal::BinaryOutputArchive &) const { return value; }
    void load_minimal(const cereal::BinaryInputArchive &, const int &v) { value = v; }
  };
  // CHECK-MESSAGES: :[[@LINE-5]]:10: warning: serializable type 'Level' is declared in function 'app::minimal': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: evidence [archive-member]: member function 'save_minimal' takes an archive
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: evidence [archive-member]: member function 'load_minimal' takes an archive
  return Level{}.value;
}

namespace {
// cereal's member templates have no version parameter.
struct Reading {
  double celsius = 0;
  template <class Archive> void serialize(Archive &ar) { ar(celsius); }
};
// CHECK-MESSAGES: :[[@LINE-4]]:8: warning: serializable type 'Reading' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive

// The minimal forms take the archive by const reference.
struct Percent {
  int value = 0;
  template <class Archive> int save_minimal(const Archive &) const { return value; }
  template <class Archive> void load_minimal(const Archive &, const int &v) { value = v; }
};
// CHECK-MESSAGES: :[[@LINE-5]]:8: warning: serializable type 'Percent' is declared in an anonymous namespace: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-4]]:32: note: evidence [archive-member]: member function 'save_minimal' takes an archive
// CHECK-MESSAGES: :[[@LINE-4]]:33: note: evidence [archive-member]: member function 'load_minimal' takes an archive
} // namespace

// Negatives: a std::string "archive" and a static helper are not cereal hooks.
int notHooks() {
  struct Cache {
    std::string text;
    void save(std::string &out) const { out = text; }
    void load(const std::string &in) { text = in; }
    static void serialize(cereal::BinaryOutputArchive &, int) {}
  };
  return int(Cache{}.text.size());
}

} // namespace app
