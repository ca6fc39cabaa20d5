// Nothing is reported in system headers: anonymous-namespace and local serializable types of
// a -isystem header, nor the local class of its function template instantiated by user code.
// RUN: %check_serialscope %s %t --expect-none -- -std=c++17 -isystem %S/Inputs/system
// The same header as a user header (-I) is reported: only its being a system header hides it.
// RUN: %check_serialscope %s %t-user --check-suffix=USER -- -std=c++17 -I %S/Inputs/system
// CHECK-MESSAGES-USER: serial.h:12:8: warning: type 'Internal' is registered by name but is declared in an anonymous namespace: resolving it by name will fail at run time [serialscope-non-resolvable-type]
// CHECK-MESSAGES-USER: serial.h:19:10: warning: serializable type 'Header' is declared in function 'vendor::writeHeader': no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES-USER: serial.h:28:10: warning: serializable type 'Envelope' is declared in function 'vendor::writeEnvelope': no reader outside can name it [serialscope-non-resolvable-type]

#include <vendor/serial.h>

namespace app {
struct Message {
  int id = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & id; }
};

void send(boost::archive::text_oarchive &ar) {
  vendor::writeHeader(ar);
  vendor::writeEnvelope(ar, Message{});
  vendor::writeEnvelope(ar, 3);
}
} // namespace app
