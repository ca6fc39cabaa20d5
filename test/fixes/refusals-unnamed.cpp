// Unnamed classes and enums that keep no fix, each with the one thing that blocks it; the file
// stays byte-identical.
// RUN: %check_serialscope %s %t --fix --expect-unchanged -- -std=c++17 -Wno-non-c-typedef-for-linkage

#include <boost/archive/text_oarchive.hpp>
#include <nlohmann/json.hpp>

#define DECLARE_STATE(name)                                                                        \
  struct {                                                                                         \
    int v = 0;                                                                                     \
    template <class A> void serialize(A &ar, const unsigned) { ar & v; }                           \
  } name;

// Several variables of one unnamed type: which name it should have is for the user to choose.
struct {
  int x = 0;
  template <class Archive> void serialize(Archive &ar, const unsigned int) { ar & x; }
} from, to;
// CHECK-MESSAGES: :[[@LINE-4]]:1: warning: serializable type of variable 'from' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-3]]:33: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-3]]:9: note: no fix: the unnamed struct declares several variables or members ('to' is one more); which name it should have is for you to choose

// A macro spells it.
DECLARE_STATE(g_state)
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: serializable type of variable 'g_state' is an unnamed struct: no reader outside can name it [serialscope-non-resolvable-type]
// CHECK-MESSAGES: :[[@LINE-2]]:1: note: evidence [archive-member]: member function 'serialize' takes an archive
// CHECK-MESSAGES: :[[@LINE-3]]:1: note: no fix: '(unnamed struct)' comes from a macro expansion

// No variable declared with it: nothing to name it after.
enum { Low, High };
// CHECK-MESSAGES: :[[@LINE-1]]:1: warning: serializable type is an unnamed enum: no reader outside can name it [serialscope-non-resolvable-type]
NLOHMANN_JSON_SERIALIZE_ENUM(decltype(Low), {{Low, "low"}, {High, "high"}})
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: evidence [json-adl]: function 'to_json' converts it to and from nlohmann::json
// CHECK-MESSAGES: :[[@LINE-4]]:1: note: no fix: the unnamed enum declares no variable or member whose name the fix could give it

void save(boost::archive::text_oarchive &ar) {
  // A typedef name for linkage names the type: it keeps that name, and is not moved.
  typedef struct {
    int v;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & v; }
  } Record;
  // CHECK-MESSAGES: :[[@LINE-4]]:11: warning: serializable type 'Record' is declared in function 'save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: no fix: the type is named only by the typedef 'Record', and the fix does not move a typedef together with its type
  Record r{1};
  ar << r << from << to << g_state;
}
