// Scope function: a class nested in a local class is local too, at any depth.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

void write(boost::archive::text_oarchive &ar) {
  struct Outer {
    struct Inner {
      int v = 0;
      void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & v; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Inner' is declared in function 'write': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    struct Middle {
      struct Leaf {
        int w = 0;
        void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & w; }
      };
      // CHECK-MESSAGES: :[[@LINE-4]]:14: warning: serializable type 'Leaf' is declared in function 'write': no reader outside can name it [serialscope-non-resolvable-type]
      // CHECK-MESSAGES: :[[@LINE-3]]:14: note: evidence [archive-member]: member function 'serialize' takes an archive
    };
    Inner inner;
  };
  // Outer itself has no evidence: not reported.
  ar << Outer{}.inner;
}

// A class nested in a namespace-scope class is resolvable (Host::Inner).
struct Host {
  struct Inner {
    template <class Archive> void serialize(Archive &a, const unsigned int) { a & v; }
    int v = 0;
  };
};
