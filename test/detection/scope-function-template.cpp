// Scope function: types defined in function templates and in member functions of class
// templates. One finding per definition, however many instantiations.
// RUN: %check_serialscope %s %t -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

template <class T> void writeAll(boost::archive::text_oarchive &ar, const T &value) {
  struct Wrapper {
    T value;
    void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & value; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Wrapper' is declared in function 'writeAll': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  ar << Wrapper{value};
}

// The archive type is the function template's own parameter.
template <class Archive> void writeWith(Archive &ar) {
  struct Stamp {
    long at = 0;
    void serialize(Archive &a, const unsigned int) { a & at; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Stamp' is declared in function 'writeWith': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  ar << Stamp{};
}

template <class T> struct Cache {
  void flush(boost::archive::text_oarchive &ar) {
    struct Snapshot {
      int entries = 0;
      void serialize(boost::archive::text_oarchive &a, const unsigned int) { a & entries; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Snapshot' is declared in member function 'Cache::flush': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    ar << Snapshot{};
  }
};

void instantiate(boost::archive::text_oarchive &ar) {
  writeAll(ar, 1);
  writeAll(ar, 2.0);
  writeWith(ar);
  Cache<int>().flush(ar);
  Cache<char>().flush(ar);
}
