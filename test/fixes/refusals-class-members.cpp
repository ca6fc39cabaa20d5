// Local classes of member functions that name members of the function's class which cannot be
// named through the class at namespace scope: a member of a class template, a non-static
// member, a member named through a using-declaration. Every finding gets a note naming what
// blocks its fix, and --fix leaves the file byte-identical.
// RUN: %check_serialscope %s %t --expect-unchanged -- -std=c++17

#include <boost/archive/text_oarchive.hpp>

namespace app {

template <class T> struct Table {
  static constexpr int kWidth = 4;
  void save() const;
};

template <class T> void Table<T>::save() const {
  struct Row {
    int width = kWidth;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & width; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Row' is declared in member function 'app::Table::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-5]]:17: note: no fix: 'Row' uses 'kWidth', a member of 'Table' found through the enclosing class, which is a template (or in one)
}
template struct Table<int>;

struct Sized {
  int value = 0;
  void save() const;
};

void Sized::save() const {
  struct Size {
    int bytes = sizeof(value);
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & bytes; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Size' is declared in member function 'app::Sized::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-5]]:24: note: no fix: 'Size' uses 'value', a member of 'Sized' found through the enclosing class, which cannot be named from namespace scope
}

struct Base {
  static constexpr int kBase = 1;
};
struct Derived : Base {
  using Base::kBase;
  void save() const;
};

void Derived::save() const {
  struct Copy {
    int base = kBase;
    void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & base; }
  };
  // CHECK-MESSAGES: :[[@LINE-4]]:10: warning: serializable type 'Copy' is declared in member function 'app::Derived::save': no reader outside can name it [serialscope-non-resolvable-type]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: evidence [archive-member]: member function 'serialize' takes an archive
  // CHECK-MESSAGES: :[[@LINE-5]]:16: note: no fix: 'Copy' uses 'kBase', a member of 'Derived' found through the enclosing class, which cannot be named from namespace scope
}

} // namespace app
