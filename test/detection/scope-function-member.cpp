// Scope function: types defined in member functions (in the class body and out of line), in
// constructors and destructors.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

namespace app {

class Store {
public:
  Store() {
    struct Header {
      int version = 1;
      void serialize(boost::archive::text_oarchive &ar, const unsigned int) { ar & version; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Header' is declared in constructor 'app::Store::Store': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    (void)Header{};
  }

  // Defined in the class body.
  void inBody(boost::archive::text_oarchive &ar) {
    struct Row {
      int id = 0;
      void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & id; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Row' is declared in member function 'app::Store::inBody': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    ar << Row{};
  }

  void outOfLine(boost::archive::text_oarchive &ar);
  static void fromStatic(boost::archive::text_oarchive &ar);
  ~Store();
};

void Store::outOfLine(boost::archive::text_oarchive &ar) {
  struct Column {
    int width = 0;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & width; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Column' is declared in member function 'app::Store::outOfLine': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  ar << Column{};
}

void Store::fromStatic(boost::archive::text_oarchive &ar) {
  struct Index {
    int key = 0;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & key; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Index' is declared in member function 'app::Store::fromStatic': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  ar << Index{};
}

Store::~Store() {
  struct Trailer {
    int checksum = 0;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & checksum; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Trailer' is declared in destructor 'app::Store::~Store': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  (void)Trailer{};
}

} // namespace app
