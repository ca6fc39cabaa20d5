// Local classes of a member function and of a constructor, both defined in the class body,
// move before the class; each program writes the same archive afterwards.
// RUN: %check_serialscope %s %t --fix --run --link=-lboost_serialization -- -std=c++17 -I%S/Inputs

#include <boost/archive/text_oarchive.hpp>
#include <iostream>
#include <sstream>

#include "print-archive.h"

namespace app {

class Writer {
public:
  Writer() {
    struct Header {
      int version = 3;
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & version; }
    };
    // CHECK-MESSAGES: :[[@LINE-4]]:12: warning: serializable type 'Header' is declared in constructor 'app::Writer::Writer': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    print(Header());
  }

  // Writes one record.
  void write() const {
    // The record, as stored.
    struct Record {
      int id = 7;
      double weight = 1.5;
      void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id & weight; }
    };
    // CHECK-MESSAGES: :[[@LINE-5]]:12: warning: serializable type 'Record' is declared in member function 'app::Writer::write': no reader outside can name it [serialscope-non-resolvable-type]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: evidence [archive-member]: member function 'serialize' takes an archive
    // CHECK-MESSAGES: :16:12: note: the fix for 'Header' moves this type too: both go before the same declaration
    print(Record());
  }
};

} // namespace app

int main() { app::Writer().write(); }

// Both land before the class, in source order, re-indented to namespace scope.
// CHECK-FIXES:      struct Header {
// CHECK-FIXES-NEXT:   int version = 3;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & version; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: // The record, as stored.
// CHECK-FIXES-NEXT: struct Record {
// CHECK-FIXES-NEXT:   int id = 7;
// CHECK-FIXES-NEXT:   double weight = 1.5;
// CHECK-FIXES-NEXT:   void serialize(boost::archive::text_oarchive &ar, unsigned) { ar & id & weight; }
// CHECK-FIXES-NEXT: };
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT: class Writer {
// CHECK-FIXES-NEXT: public:
// CHECK-FIXES-NEXT:   Writer() {
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     print(Header());
// CHECK-FIXES-NEXT:   }
// CHECK-FIXES-EMPTY:
// CHECK-FIXES-NEXT:   // Writes one record.
// CHECK-FIXES-NEXT:   void write() const {
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     //
// CHECK-FIXES-NEXT:     print(Record());
